return lesson {
