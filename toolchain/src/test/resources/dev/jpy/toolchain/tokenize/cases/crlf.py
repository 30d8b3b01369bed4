x = 1
# c

if x:
  y = '''a
b'''
