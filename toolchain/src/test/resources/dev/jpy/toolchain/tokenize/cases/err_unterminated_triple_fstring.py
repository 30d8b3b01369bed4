x = f"""abc {y}

