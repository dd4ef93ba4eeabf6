"""Binary search tree: insert, search, traversals, height."""
from __future__ import annotations

from typing import Iterator, Optional


class TreeNode:
    __slots__ = ("key", "left", "right")

    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional[TreeNode] = None
        self.right: Optional[TreeNode] = None


def insert(root: Optional[TreeNode], key: int) -> TreeNode:
    """
    >>> r = None
    >>> for k in [5, 3, 8]: r = insert(r, k)
    >>> r.key, r.left.key, r.right.key
    (5, 3, 8)
    """
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def inorder(root: Optional[TreeNode]) -> Iterator[int]:
    if root:
        yield from inorder(root.left)
        yield root.key
        yield from inorder(root.right)


def preorder(root: Optional[TreeNode]) -> list[int]:
    return [] if root is None else [root.key] + preorder(root.left) + preorder(root.right)


def height(root: Optional[TreeNode]) -> int:
    """
    >>> height(None)
    0
    >>> height(build([2, 1, 3]))
    2
    """
    return 0 if root is None else 1 + max(height(root.left), height(root.right))


def contains(root: Optional[TreeNode], key: int) -> bool:
    while root:
        if key == root.key:
            return True
        root = root.left if key < root.key else root.right
    return False


def build(keys: list[int]) -> Optional[TreeNode]:
    """
    >>> list(inorder(build([50, 30, 70, 20, 40, 60, 80])))
    [20, 30, 40, 50, 60, 70, 80]
    >>> preorder(build([50, 30, 70, 20, 40]))
    [50, 30, 20, 40, 70]
    """
    root = None
    for k in keys:
        root = insert(root, k)
    return root


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    keys = [(i * 7919) % 97 for i in range(1, 40)]
    tree = build(keys)
    print("sorted:", list(inorder(tree)))
    print("height:", height(tree))
    print("has 42:", contains(tree, 42), "has 1:", contains(tree, 1))
    try:
        tree.colour = "red"
    except AttributeError as e:
        print("AttributeError:", e)
