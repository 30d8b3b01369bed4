x = 1 + \
    2
if x:
    a = \
  3
    \
    b
