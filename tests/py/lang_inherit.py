# Inheritance: overriding, calling base methods, isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
p = Puppy("rex", 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__, Puppy.__mro__)
print(Dog.__name__, Puppy.__base__.__name__)
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)))
class Base:
    def template(self):
        return "base:" + self.hook()
    def hook(self):
        return "default"
class Derived(Base):
    def hook(self):
        return "override"
print(Base().template(), Derived().template())
print(type(p).__mro__[-1], object in Puppy.__mro__)
try:
    issubclass(p, Animal)
except TypeError as e:
    print(type(e).__name__, e)
class E(Exception, object):
    pass
print([c.__name__ for c in E.__mro__])
