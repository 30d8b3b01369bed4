é = 'ñabc
