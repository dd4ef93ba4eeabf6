/*
 * unit.h -- a minimal unit-test harness.
 *
 *   UNIT_TEST(name) { CHECK(x == 1); CHECK_STR_EQ(s, "a"); }
 *
 * Tests register themselves before main() (constructor attribute); the
 * harness main() in unit.c runs them all, prints one line per failure
 * (file:line: expression) and exits 1 if any check failed.  A test binary
 * may be given test names on the command line to run only those.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdint.h>
#include <string.h>

typedef void (*unit_fn)(void);
void unit_register(const char *name, unit_fn fn);
void unit_fail(const char *file, int line, const char *fmt, ...);

#define UNIT_TEST(name)                                                        \
    static void unit_##name(void);                                             \
    __attribute__((constructor)) static void unit_reg_##name(void)             \
    {                                                                          \
        unit_register(#name, unit_##name);                                     \
    }                                                                          \
    static void unit_##name(void)

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond))                                                           \
            unit_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);                 \
    } while (0)

#define CHECK_INT_EQ(a, b)                                                     \
    do {                                                                       \
        long long a_ = (long long)(a), b_ = (long long)(b);                    \
        if (a_ != b_)                                                          \
            unit_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b,    \
                      a_, b_);                                                 \
    } while (0)

#define CHECK_STR_EQ(a, b)                                                     \
    do {                                                                       \
        const char *a_ = (a), *b_ = (b);                                       \
        if (!a_ || !b_ || strcmp(a_, b_) != 0)                                 \
            unit_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a,    \
                      #b, a_ ? a_ : "(null)", b_ ? b_ : "(null)");             \
    } while (0)

#endif
