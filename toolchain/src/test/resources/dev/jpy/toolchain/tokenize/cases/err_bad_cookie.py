# -*- coding: nope-42 -*-
x = 1
