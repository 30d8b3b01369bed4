# a
   # b

	
