/* itertoolsmodule.c -- placeholder while being written. */
#include "builtins.h"

py_obj *py_init_itertools(void)
{
    return py_module_new("itertools");
}
