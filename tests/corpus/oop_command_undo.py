# Command pattern with undo/redo for a tiny text editor.


class Document:
    def __init__(self):
        self.text = ""

    def __str__(self):
        return repr(self.text)


class Command:
    def execute(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, s):
        self.pos, self.s = pos, s

    def execute(self, doc):
        doc.text = doc.text[: self.pos] + self.s + doc.text[self.pos :]

    def undo(self, doc):
        doc.text = doc.text[: self.pos] + doc.text[self.pos + len(self.s) :]

    def __repr__(self):
        return f"Insert({self.pos}, {self.s!r})"


class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self.removed = None

    def execute(self, doc):
        self.removed = doc.text[self.pos : self.pos + self.n]
        doc.text = doc.text[: self.pos] + doc.text[self.pos + self.n :]

    def undo(self, doc):
        doc.text = doc.text[: self.pos] + self.removed + doc.text[self.pos :]

    def __repr__(self):
        return f"Delete({self.pos}, {self.n})"


class Editor:
    def __init__(self):
        self.doc = Document()
        self.done = []
        self.undone = []

    def run(self, cmd):
        cmd.execute(self.doc)
        self.done.append(cmd)
        self.undone.clear()
        print(f"{cmd!r:<22} -> {self.doc}")

    def undo(self):
        if not self.done:
            print("nothing to undo")
            return
        cmd = self.done.pop()
        cmd.undo(self.doc)
        self.undone.append(cmd)
        print(f"undo {cmd!r:<17} -> {self.doc}")

    def redo(self):
        if not self.undone:
            print("nothing to redo")
            return
        cmd = self.undone.pop()
        cmd.execute(self.doc)
        self.done.append(cmd)
        print(f"redo {cmd!r:<17} -> {self.doc}")


ed = Editor()
ed.run(Insert(0, "hello world"))
ed.run(Insert(5, ","))
ed.run(Delete(6, 6))
ed.run(Insert(6, " there"))
ed.undo()
ed.undo()
ed.redo()
ed.undo()
ed.undo()
ed.undo()
ed.undo()
ed.redo()
ed.run(Insert(0, ">> "))
ed.redo()
print(len(ed.done), len(ed.undone))
