#ifndef TAIZHANG_CLMDB_SHIM_H
#define TAIZHANG_CLMDB_SHIM_H
#include <lmdb.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* LMDB trusts its pages: a damaged branch or leaf page can make liblmdb itself assert
 * (SIGABRT) or read through a wild pointer (SIGSEGV, SIGBUS). While a thread is inside an
 * LMDB call, such a signal is the data file's fault, not the program's: the handler writes
 * the one line set for it and exits with status 4, as a failed verify. Outside LMDB calls
 * the handler that was there before (the runtime's crash report) is put back and runs. */

/* State lives in function-local statics: Swift emits the bodies of static inline functions,
 * with their statics, but not file-scope static variables. Every call reaches them through
 * one Swift file (DamagedPageGuard.swift), so there is one copy. */
struct taizhang_fault_state {
    volatile sig_atomic_t lmdb_calls;
    volatile size_t line_length;
    char line[2048];
    struct sigaction previous[3];
    int installed;
};

static inline struct taizhang_fault_state *taizhang_state(void) {
    static struct taizhang_fault_state state;
    return &state;
}

static inline int taizhang_fault_signal(int i) { return i == 0 ? SIGSEGV : i == 1 ? SIGBUS : SIGABRT; }

static inline void taizhang_lmdb_enter(void) { __atomic_add_fetch(&taizhang_state()->lmdb_calls, 1, __ATOMIC_SEQ_CST); }
static inline void taizhang_lmdb_leave(void) { __atomic_sub_fetch(&taizhang_state()->lmdb_calls, 1, __ATOMIC_SEQ_CST); }

static inline void taizhang_on_fault(int signal, siginfo_t *info, void *context) {
    (void)info; (void)context;
    struct taizhang_fault_state *s = taizhang_state();
    if (__atomic_load_n(&s->lmdb_calls, __ATOMIC_SEQ_CST) > 0 && s->line_length > 0) {
        ssize_t written = write(2, s->line, s->line_length);
        (void)written;
        _exit(4);
    }
    for (int i = 0; i < 3; i++) {
        if (taizhang_fault_signal(i) == signal) sigaction(signal, &s->previous[i], NULL);
    }
    /* Returning re-runs the faulting instruction (or lets abort() go on) under the old handler. */
}

/* LMDB's assert() callback (mdb_env_set_assert): a failed assertion is a page that does not
 * hold; print the line and exit 4 before LMDB prints its own and aborts. */
static inline void taizhang_on_assert(MDB_env *env, const char *message) {
    (void)env; (void)message;
    struct taizhang_fault_state *s = taizhang_state();
    if (s->line_length > 0) {
        ssize_t written = write(2, s->line, s->line_length);
        (void)written;
        _exit(4);
    }
}

static inline void taizhang_attach_assert(MDB_env *env) { mdb_env_set_assert(env, taizhang_on_assert); }

/* Sets the line a fault inside LMDB prints (copied; at most 2047 bytes) and installs the handler once. */
static inline void taizhang_on_damaged_page(const char *line) {
    struct taizhang_fault_state *s = taizhang_state();
    size_t n = strlen(line);
    if (n >= sizeof(s->line)) n = sizeof(s->line) - 1;
    s->line_length = 0;
    memcpy(s->line, line, n);
    s->line_length = n;
    if (s->installed) return;
    s->installed = 1;
    for (int i = 0; i < 3; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_sigaction = taizhang_on_fault;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(taizhang_fault_signal(i), &action, &s->previous[i]);
    }
}
#endif
