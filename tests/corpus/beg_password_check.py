# Password strength checker reading candidate passwords from input.
import string


def check(pw):
    problems = []
    if len(pw) < 8:
        problems.append("shorter than 8")
    if not any(c.islower() for c in pw):
        problems.append("no lower case")
    if not any(c.isupper() for c in pw):
        problems.append("no upper case")
    if not any(c.isdigit() for c in pw):
        problems.append("no digit")
    if not any(c in string.punctuation for c in pw):
        problems.append("no symbol")
    if pw.lower() in {"password", "letmein", "qwerty123"}:
        problems.append("too common")
    return problems


score_names = {0: "strong", 1: "good", 2: "fair"}
count = 0
while True:
    try:
        pw = input()
    except EOFError:
        break
    count += 1
    probs = check(pw)
    verdict = score_names.get(len(probs), "weak")
    masked = pw[0] + "*" * (len(pw) - 2) + pw[-1] if len(pw) > 2 else "*" * len(pw)
    print(f"{masked:<16} {verdict:<7} {'; '.join(probs)}")
print(count, "passwords checked")
print(string.ascii_letters[:5], string.digits, len(string.punctuation), string.hexdigits)
