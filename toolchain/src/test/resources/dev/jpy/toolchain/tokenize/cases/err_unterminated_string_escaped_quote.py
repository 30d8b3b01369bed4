x = 'a\'b
