# Tic-tac-toe played from a fixed list of moves, with win detection.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def show(board):
    for r in range(3):
        print(" " + " | ".join(board[3 * r : 3 * r + 3]))
        if r < 2:
            print("---+---+---")


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


def play(moves):
    board = [" "] * 9
    player = "X"
    for pos in moves:
        if board[pos] != " ":
            print(f"square {pos} is taken, {player} tries again")
            continue
        board[pos] = player
        w = winner(board)
        if w:
            show(board)
            print(f"{w} wins!\n")
            return w
        if " " not in board:
            show(board)
            print("draw\n")
            return "draw"
        player = "O" if player == "X" else "X"
    show(board)
    print("unfinished\n")
    return None


results = [play(g) for g in ([4, 0, 8, 2, 1, 7, 6, 3, 5], [0, 4, 1, 1, 2], [4, 0, 2, 6, 3, 5, 1, 7, 8], [0, 3, 1, 4, 2])]
print(results)
