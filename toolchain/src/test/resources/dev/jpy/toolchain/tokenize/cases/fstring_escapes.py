f'\N{BULLET} \{x} \n {y}' rf'\{z} \N{w}' F'' f"{x}" f'{x:}'
