# coding=ascii
x = 1
