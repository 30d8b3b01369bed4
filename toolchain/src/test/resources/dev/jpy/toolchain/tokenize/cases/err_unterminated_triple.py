x = 1
s = """abc

y
