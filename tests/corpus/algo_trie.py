"""A prefix tree (trie) with insert, search, prefix listing and deletion."""
from __future__ import annotations


class TrieNode:
    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.is_word: bool = False

    def insert_many(self, words: list[str]) -> TrieNode:
        """
        >>> root = TrieNode().insert_many(["band", "bandana", "banner"])
        >>> root.find("band"), root.find("ban"), root.find("bandanas")
        (True, False, False)
        """
        for w in words:
            self.insert(w)
        return self

    def insert(self, word: str) -> None:
        node = self
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        node.is_word = True

    def find(self, word: str) -> bool:
        node: TrieNode | None = self
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return False
        return node.is_word

    def with_prefix(self, prefix: str) -> list[str]:
        """
        >>> TrieNode().insert_many(["car", "cart", "cat", "dog"]).with_prefix("ca")
        ['car', 'cart', 'cat']
        >>> TrieNode().with_prefix("x")
        []
        """
        node: TrieNode | None = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return []
        out: list[str] = []

        def walk(n: TrieNode, acc: str) -> None:
            if n.is_word:
                out.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)

        walk(node, prefix)
        return out

    def delete(self, word: str) -> bool:
        """
        >>> t = TrieNode().insert_many(["a", "ab"])
        >>> t.delete("ab"), t.find("ab"), t.find("a"), t.delete("zz")
        (True, False, True, False)
        """

        def _del(node: TrieNode, i: int) -> bool:
            if i == len(word):
                if not node.is_word:
                    return False
                node.is_word = False
                return True
            child = node.children.get(word[i])
            if child is None or not _del(child, i + 1):
                return False
            if not child.children and not child.is_word:
                del node.children[word[i]]
            return True

        return _del(self, 0)

    def count(self) -> int:
        return int(self.is_word) + sum(c.count() for c in self.children.values())


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    words = "to tea ted ten i in inn a an and ant any".split()
    trie = TrieNode().insert_many(words)
    print(trie.count(), "words")
    for p in ("t", "te", "in", "an", "b", ""):
        print(f"{p!r:5} -> {trie.with_prefix(p)}")
    print(TrieNode.insert.__annotations__, TrieNode.with_prefix.__annotations__["return"])
