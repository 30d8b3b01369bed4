x = f"{ 50
y = 3
def t():
  pass
