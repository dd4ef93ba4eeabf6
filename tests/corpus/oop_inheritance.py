# Inheritance, super(), method resolution order with a diamond.


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        base = super().speak()
        return base + "!" * len(self.tricks)


class Puppy(Dog):
    def speak(self):
        return super().speak().replace("woof", "yip")


class Cat(Animal):
    sound = "meow"


zoo = [Dog("rex", ["sit", "roll"]), Puppy("bit", ["paw"]), Cat("tom"), Animal("thing")]
for a in zoo:
    print(f"{a.describe():<14} {a.speak()}")
print(Puppy.__mro__)


class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
        self.trail.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


d = Diamond()
print(d.trail)
print(d.hello())
print([c.__name__ for c in Diamond.mro()])
print(issubclass(Diamond, Base), isinstance(d, Right), Diamond.__bases__)


class A:
    pass


class B(A):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
