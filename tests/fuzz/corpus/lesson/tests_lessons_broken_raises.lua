-- expect: raises.lua:6: step 'Boom': the code raised ZeroDivisionError: division by zero (declare raises = "ZeroDivisionError" if that is the point)
-- expect: raises.lua:7: step 'Quiet': the code should raise KeyError but ran without error
-- expect: raises.lua:8: step 'Wrong one': the code raised NameError: name 'nope' is not defined. Did you mean: 'None'?, not the declared KeyError
return lesson {
  day = 1, title = "Exceptions",
  step { title = "Boom", text = "t", code = "1 / 0" },
  step { title = "Quiet", text = "t", code = "x = 1", raises = "KeyError" },
  step { title = "Wrong one", text = "t", code = "nope", raises = "KeyError" },
}
