/*
 * test_io.c -- unit tests of the file and OS layer (_io, posix) through
 * the public API: lesson code (sealed) is refused files and the file
 * system with a clear PermissionError, unsealed programs read and write
 * files, and the _io and posix types survive interpreter restarts (the
 * lesson engine starts one per check).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "py/py.h"
#include "unit.h"

typedef struct capture {
    char buf[4096];
    size_t n;
} capture;

static void cap_write(void *ud, const char *s, size_t n)
{
    capture *c = ud;
    if (c->n + n >= sizeof c->buf)
        n = sizeof c->buf - 1 - c->n;
    memcpy(c->buf + c->n, s, n);
    c->n += n;
    c->buf[c->n] = '\0';
}

static capture out, err;

static void start(bool sealed)
{
    memset(&out, 0, sizeof out);
    memset(&err, 0, sizeof err);
    py_options o = {.out = cap_write,
                    .err = cap_write,
                    .out_ud = &out,
                    .err_ud = &err,
                    .sealed = sealed};
    CHECK(pyapi_start(&o) == 0);
}

static pyr_status run(const char *src)
{
    return pyapi_exec(src, strlen(src), "t.py");
}

/* A path in the temporary folder that does not exist yet (static). */
static const char *temp_path(void)
{
    static char path[256];
    const char *dir = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/pyscope_test_io_%ld.txt",
             dir && *dir ? dir : "/tmp", (long)getpid());
    unlink(path);
    return path;
}

UNIT_TEST(sealed_open_is_refused)
{
    const char *path = temp_path();
    char src[1024];
    snprintf(src, sizeof src,
             "try:\n"
             "    open('%s', 'w')\n"
             "except PermissionError as e:\n"
             "    print(type(e).__name__, e.errno, e)\n",
             path);
    start(true);
    CHECK(run(src) == PYR_OK);
    char want[512];
    snprintf(want, sizeof want,
             "PermissionError 1 [Errno 1] lesson code cannot open files: "
             "'%s'\n",
             path);
    CHECK_STR_EQ(out.buf, want);
    CHECK(access(path, F_OK) != 0); /* nothing was created */
    pyapi_stop();
}

UNIT_TEST(sealed_file_system_is_refused)
{
    start(true);
    CHECK(run("import posix, _io\n"
              "for f in (lambda: posix.listdir('.'), lambda: posix.stat('/'),\n"
              "          posix.getcwd, lambda: posix.mkdir('d'),\n"
              "          lambda: posix.unlink('x'), lambda: posix.read(0, 1),\n"
              "          lambda: posix.open('/etc/passwd', 0),\n"
              "          lambda: _io.FileIO(0),\n"
              "          lambda: _io.open('/etc/passwd', 'rb')):\n"
              "    try:\n"
              "        f()\n"
              "    except PermissionError as e:\n"
              "        print(e.strerror)\n"
              "print(len(posix.environ))\n"
              "s = _io.StringIO('in memory')\n"
              "print(s.read())\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "lesson code cannot use the file system\n"
                          "lesson code cannot use the file system\n"
                          "lesson code cannot use the file system\n"
                          "lesson code cannot use the file system\n"
                          "lesson code cannot use the file system\n"
                          "lesson code cannot use file descriptors\n"
                          "lesson code cannot open files\n"
                          "lesson code cannot open files\n"
                          "lesson code cannot open files\n"
                          "0\n"
                          "in memory\n");
    CHECK_STR_EQ(err.buf, "");
    pyapi_stop();
}

/* Lesson code cannot open sockets nor look names up (the network is
 * out of reach); a socketpair, whose ends only talk to each other, stays
 * allowed, and with it asyncio's event loop. */
UNIT_TEST(sealed_sockets_are_refused)
{
    start(true);
    CHECK(run("import _socket\n"
              "for f in (_socket.socket,\n"
              "          lambda: _socket.socket(_socket.AF_UNIX),\n"
              "          lambda: _socket.socket(fileno=0),\n"
              "          lambda: _socket.getaddrinfo('localhost', 80),\n"
              "          lambda: _socket.gethostbyname('example.com'),\n"
              "          lambda: _socket.dup(0)):\n"
              "    try:\n"
              "        f()\n"
              "        print('not refused')\n"
              "    except PermissionError as e:\n"
              "        print(e.errno, e.strerror)\n"
              "a, b = _socket.socketpair()\n"
              "a.send(b'pair')\n"
              "print(b.recv(4))\n"
              "a.close(); b.close()\n"
              "import asyncio\n"
              "async def main():\n"
              "    return await asyncio.gather(asyncio.sleep(0, 1), "
              "asyncio.sleep(0, 2))\n"
              "print(asyncio.run(main()))\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "1 lesson code cannot open sockets\n"
                          "1 lesson code cannot open sockets\n"
                          "1 lesson code cannot open sockets\n"
                          "1 lesson code cannot open sockets\n"
                          "1 lesson code cannot open sockets\n"
                          "1 lesson code cannot open sockets\n"
                          "b'pair'\n"
                          "[1, 2]\n");
    pyapi_stop();
}

/* Lesson code cannot start programs, make pipes or duplicate
 * descriptors, nor signal processes: subprocess is refused at its first
 * os.pipe(), fork_exec itself before it forks. */
UNIT_TEST(sealed_processes_are_refused)
{
    start(true);
    CHECK(run("import posix, _posixsubprocess, subprocess\n"
              "args = ([b'true'], [b'/bin/true'], True, (), None, None,\n"
              "        -1, -1, -1, -1, -1, -1, 3, 4, True, False, -1,\n"
              "        None, None, None, -1, None, False)\n"
              "for f in (lambda: _posixsubprocess.fork_exec(*args),\n"
              "          lambda: subprocess.run(['true']),\n"
              "          lambda: subprocess.check_output('echo hi', "
              "shell=True),\n"
              "          posix.pipe, lambda: posix.pipe2(0),\n"
              "          lambda: posix.dup(0), lambda: posix.dup2(0, 9),\n"
              "          lambda: posix.set_inheritable(0, True),\n"
              "          lambda: posix.get_blocking(0),\n"
              "          lambda: posix.kill(posix.getpid(), 0),\n"
              "          lambda: posix.killpg(0, 0)):\n"
              "    try:\n"
              "        f()\n"
              "        print('not refused')\n"
              "    except PermissionError as e:\n"
              "        print(e.errno, e.strerror)\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "1 lesson code cannot start programs\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot use file descriptors\n"
                          "1 lesson code cannot signal processes\n"
                          "1 lesson code cannot signal processes\n");
    CHECK_STR_EQ(err.buf, "");
    pyapi_stop();
}

UNIT_TEST(unsealed_files_work_across_restarts)
{
    const char *path = temp_path();
    char src[1024];
    snprintf(src, sizeof src,
             "with open('%s', 'w') as f:\n"
             "    f.write('one\\ntwo\\n')\n"
             "with open('%s') as f:\n"
             "    print(f.readlines())\n"
             "import posix\n"
             "print(posix.stat('%s').st_size)\n"
             "posix.unlink('%s')\n",
             path, path, path, path);
    for (int round = 0; round < 3; round++) {
        start(false);
        CHECK(run(src) == PYR_OK);
        CHECK_STR_EQ(out.buf, "['one\\n', 'two\\n']\n8\n");
        CHECK_STR_EQ(err.buf, "");
        pyapi_stop();
    }
    CHECK(access(path, F_OK) != 0);
}
