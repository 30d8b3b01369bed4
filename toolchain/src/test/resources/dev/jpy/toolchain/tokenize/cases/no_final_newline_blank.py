if x:
  y
   