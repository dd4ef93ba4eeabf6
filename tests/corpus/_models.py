"""Data model helpers shared by mod_dataclass_models.py."""
from dataclasses import dataclass, field
from enum import Enum


class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=True)
class Task:
    priority_value: int = field(init=False, repr=False)
    title: str
    priority: Priority = Priority.MEDIUM
    tags: list = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False)

    def __post_init__(self):
        self.priority_value = -self.priority.value


__all__ = ["Task", "Priority"]
