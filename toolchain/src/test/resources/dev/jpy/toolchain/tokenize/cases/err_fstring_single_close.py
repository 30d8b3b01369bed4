f'a } b'
