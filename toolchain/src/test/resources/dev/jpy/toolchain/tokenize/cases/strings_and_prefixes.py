a = rb'x' Rb"y" br'''z''' u'w' U"v" '' "" '''''' 'a\'b' "a\"b" '\\'
b = 'x\
y'
