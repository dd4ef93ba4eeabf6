-- expect: predict_answer.lua:5: predict 'Off by one': the answer '3' is not what the code prints (its last line is '4')
return lesson {
  day = 1, title = "Predictions that do not match",

  predict {
    title = "Off by one",
    code = "import sys\na = []\nb = a\nc = a\nprint(sys.getrefcount(a))",
    question = "What is printed?",
    answer_text = "3",
  },

  predict {
    title = "Whole output",
    code = "print(1)\nprint(2)",
    question = "What is printed?",
    answer_text = "1 2",
  },

  predict {
    title = "Quotes are optional",
    code = "print(repr('ab'))",
    question = "What is printed?",
    answer_text = "ab",
  },
}
