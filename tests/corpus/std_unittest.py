# unittest: a TestCase suite run with a runner writing to a buffer.
import io
import unittest


def slugify(text):
    out = []
    for ch in text.lower().strip():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


class SlugTests(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punctuation(self):
        self.assertEqual(slugify("  C'est la vie!  "), "c-est-la-vie")

    def test_empty(self):
        self.assertEqual(slugify(""), "")

    def test_types(self):
        with self.assertRaises(AttributeError):
            slugify(None)

    def test_deliberately_wrong(self):
        self.assertEqual(slugify("a b"), "a_b")

    @unittest.skip("not implemented")
    def test_unicode(self):
        pass

    def test_many(self):
        for raw, want in [("A", "a"), ("a--b", "a-b"), ("x y z", "x-y-z")]:
            with self.subTest(raw=raw):
                self.assertEqual(slugify(raw), want)


class Numbers(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])
        self.assertIn(2, self.data)
        self.assertTrue(self.data)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)

    def test_error(self):
        raise KeyError("boom")


suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTests(loader.loadTestsFromTestCase(Numbers))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "ok", result.wasSuccessful())
for test, _ in result.failures + result.errors:
    print("problem in", test.id())
lines = stream.getvalue().splitlines()
print("\n".join(line for line in lines if line.endswith(("ok", "FAIL", "ERROR")) or "skipped" in line))
print([l for l in lines if l.startswith("AssertionError")])
