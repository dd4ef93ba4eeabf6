while e:
    try:()
    except:f"{e%}"