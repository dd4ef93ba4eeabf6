# An unexpected indent made of a tab: CPython prints no caret.
	x = 1
