/*
 * raw-lmdb-bench: the hardware limit Taizhang's import and verify are compared with.
 *
 * Usage: raw-lmdb-bench CSV DBDIR
 *
 * Reads a ledger CSV written by Tools/generate (header
 * id,kind,project,date,amount,name,group,industry,investor,ref,note; RFC 4180 quoting;
 * LF or CRLF) and, BEFORE any timing, encodes each row into a fixed-layout binary record:
 *
 *   u64 seq | i64 recorded_at (unix s) | i64 amount_fen | i32 date (days since 1970)
 *   | u8 kind | u8 0 | u16 0 | 8 x (u32 length) | id project name group industry
 *   investor ref note (bytes)                                 (host byte order)
 *
 * Each stored value is prev_hash || record || hash, so a record carries its
 * predecessor's hash (as Taizhang's do) and values average about 150 bytes.
 *
 * Timed phase 1 (append): ONE write transaction that, per event, computes
 * hash = SHA256(prev_hash || record), appends prev_hash || record || hash to the named database
 * `events` keyed by big-endian u64 seq with MDB_APPEND, puts (project -> BE seq) into
 * the DUPSORT|DUPFIXED database `project_events` and (event id -> BE seq) into
 * `event_ids` with MDB_NOOVERWRITE; then a durable commit (no MDB_NOSYNC).
 * Timed phase 2 (verify): a new read transaction, a full cursor scan of `events` that
 * checks the dense seq and the stored links and recomputes every hash.
 *
 * Prints one machine-readable line per phase:
 *   append events=N seconds=S events_per_s=R
 *   verify events=N seconds=S events_per_s=R
 * plus `info ...` and `load ...` lines. DBDIR must not hold a data.mdb already.
 *
 * Build: cc -O2 -o raw-lmdb-bench raw-lmdb-bench.c -llmdb -lcrypto
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <lmdb.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FIELD_COUNT 11
#define TEXT_FIELDS 8
#define HASH_BYTES 32
#define RECORD_HEADER_BYTES (8 + 8 + 8 + 4 + 4 + 4 * TEXT_FIELDS)
#define MAP_SIZE_BYTES (16ULL << 30)
#define RECORDED_AT_UNIX 1704038400LL /* 2024-01-01T00:00:00+08:00 */

enum { F_ID, F_KIND, F_PROJECT, F_DATE, F_AMOUNT, F_NAME, F_GROUP, F_INDUSTRY,
       F_INVESTOR, F_REF, F_NOTE };
static const char *const HEADER[FIELD_COUNT] = {
    "id", "kind", "project", "date", "amount", "name", "group", "industry",
    "investor", "ref", "note"};
/* Text fields in record order. */
static const int TEXT_ORDER[TEXT_FIELDS] = {F_ID, F_PROJECT, F_NAME, F_GROUP,
                                            F_INDUSTRY, F_INVESTOR, F_REF, F_NOTE};
static const char *const KINDS[] = {"signed", "disbursed", "started", "commissioned",
                                    "revised", "terminated", "void"};

typedef struct { const char *p; size_t n; int quoted; } Field;

typedef struct {
    size_t offset;     /* value start in the arena: prev hash, record, hash */
    uint32_t length;   /* record bytes, without the two hashes */
    uint32_t id_off, id_len, project_off, project_len; /* relative to record start */
} Entry;

static void die(const char *what, const char *detail) {
    fprintf(stderr, "raw-lmdb-bench: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static void check(int rc, const char *what) {
    if (rc != MDB_SUCCESS) die(what, mdb_strerror(rc));
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Splits one CSV record starting at *pos; returns the field count, advances *pos. */
static int split_row(const char *buf, size_t len, size_t *pos, Field *fields, int max) {
    size_t i = *pos;
    int count = 0;
    for (;;) {
        Field f = {buf + i, 0, 0};
        if (i < len && buf[i] == '"') {
            f.quoted = 1;
            size_t start = ++i;
            while (i < len) {
                if (buf[i] == '"') {
                    if (i + 1 < len && buf[i + 1] == '"') { i += 2; continue; }
                    break;
                }
                i++;
            }
            f.p = buf + start;
            f.n = i - start;
            if (i < len) i++; /* closing quote */
        } else {
            size_t start = i;
            while (i < len && buf[i] != ',' && buf[i] != '\n' && buf[i] != '\r') i++;
            f.p = buf + start;
            f.n = i - start;
        }
        if (count < max) fields[count] = f;
        count++;
        if (i < len && buf[i] == ',') { i++; continue; }
        if (i < len && buf[i] == '\r') i++;
        if (i < len && buf[i] == '\n') i++;
        break;
    }
    *pos = i;
    return count;
}

/* Copies a field, undoing "" escapes; returns bytes written. */
static size_t copy_field(char *dst, const Field *f) {
    if (!f->quoted) { memcpy(dst, f->p, f->n); return f->n; }
    size_t w = 0;
    for (size_t i = 0; i < f->n; i++) {
        dst[w++] = f->p[i];
        if (f->p[i] == '"' && i + 1 < f->n && f->p[i + 1] == '"') i++;
    }
    return w;
}

static int field_is(const Field *f, const char *s) {
    size_t n = strlen(s);
    return f->n == n && memcmp(f->p, s, n) == 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
static int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

static int parse_date(const Field *f, int32_t *out) {
    const char *p = f->p;
    if (f->n != 10 || p[4] != '-' || p[7] != '-') return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (p[i] < '0' || p[i] > '9')) return 0;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    int m = (p[5] - '0') * 10 + (p[6] - '0');
    int d = (p[8] - '0') * 10 + (p[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
    *out = days_from_civil(y, m, d);
    return 1;
}

/* "25亿元", "3000万元", "1234.56元" -> fen. Empty -> 0. Returns 0 when malformed. */
static int parse_amount(const Field *f, int64_t *fen) {
    static const char YI[] = "\xe4\xba\xbf\xe5\x85\x83";  /* 亿元 */
    static const char WAN[] = "\xe4\xb8\x87\xe5\x85\x83"; /* 万元 */
    static const char YUAN[] = "\xe5\x85\x83";            /* 元 */
    *fen = 0;
    if (f->n == 0) return 1;
    size_t n = f->n;
    int64_t scale;
    if (n > 6 && memcmp(f->p + n - 6, YI, 6) == 0) { scale = 10000000000LL; n -= 6; }
    else if (n > 6 && memcmp(f->p + n - 6, WAN, 6) == 0) { scale = 1000000LL; n -= 6; }
    else if (n > 3 && memcmp(f->p + n - 3, YUAN, 3) == 0) { scale = 100LL; n -= 3; }
    else return 0;
    int64_t whole = 0, frac = 0, frac_scale = 1;
    size_t i = 0;
    for (; i < n && f->p[i] >= '0' && f->p[i] <= '9'; i++) whole = whole * 10 + (f->p[i] - '0');
    if (i == 0) return 0;
    if (i < n && f->p[i] == '.') {
        for (i++; i < n && f->p[i] >= '0' && f->p[i] <= '9'; i++) {
            frac = frac * 10 + (f->p[i] - '0');
            frac_scale *= 10;
        }
    }
    if (i != n || frac_scale > scale) return 0;
    *fen = whole * scale + frac * (scale / frac_scale);
    return 1;
}

static void put_u32(char *p, uint32_t v) { memcpy(p, &v, 4); }
static void put_u64be(unsigned char *p, uint64_t v) {
    for (int i = 7; i >= 0; i--) { p[i] = (unsigned char)(v & 0xff); v >>= 8; }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: raw-lmdb-bench CSV DBDIR\n");
        return 2;
    }
    const char *csv_path = argv[1], *db_dir = argv[2];

    /* ---- load and pre-encode (not timed) ---- */
    double t_load = now_seconds();
    int fd = open(csv_path, O_RDONLY);
    if (fd < 0) die(csv_path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) die(csv_path, strerror(errno));
    size_t len = (size_t)st.st_size;
    const char *buf = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : "";
    if (buf == MAP_FAILED) die("mmap", strerror(errno));

    size_t pos = 0;
    Field fields[FIELD_COUNT + 1];
    int col[FIELD_COUNT];
    int hc = split_row(buf, len, &pos, fields, FIELD_COUNT + 1);
    if (hc > FIELD_COUNT + 1) hc = FIELD_COUNT + 1;
    for (int k = 0; k < FIELD_COUNT; k++) {
        col[k] = -1;
        for (int j = 0; j < hc; j++)
            if (field_is(&fields[j], HEADER[k])) col[k] = j;
        if (col[k] < 0) die("CSV header lacks column", HEADER[k]);
    }

    size_t rows_max = 1024;
    for (size_t i = pos; i < len; i++) rows_max += buf[i] == '\n';
    Entry *entries = malloc(rows_max * sizeof *entries);
    /* A record never exceeds its CSV row plus the fixed header, so this bound holds. */
    size_t arena_cap = len + rows_max * (RECORD_HEADER_BYTES + 2 * HASH_BYTES + 8);
    char *arena = malloc(arena_cap);
    if (!entries || !arena) die("out of memory", NULL);
    size_t used = 0, count = 0, line = 1, record_bytes = 0;
    while (pos < len) {
        line++;
        Field row[FIELD_COUNT + 1];
        int n = split_row(buf, len, &pos, row, hc);
        if (n == 1 && row[0].n == 0) continue; /* blank line */
        if (n != hc) {
            fprintf(stderr, "raw-lmdb-bench: line %zu: %d fields, expected %d\n", line, n, hc);
            return 1;
        }
        Field *f[FIELD_COUNT];
        for (int k = 0; k < FIELD_COUNT; k++) f[k] = &row[col[k]];
        int kind = -1;
        for (int k = 0; k < (int)(sizeof KINDS / sizeof *KINDS); k++)
            if (field_is(f[F_KIND], KINDS[k])) kind = k;
        int32_t date;
        int64_t fen;
        if (kind < 0 || !parse_date(f[F_DATE], &date) || !parse_amount(f[F_AMOUNT], &fen)) {
            fprintf(stderr, "raw-lmdb-bench: line %zu: bad kind, date or amount\n", line);
            return 1;
        }
        char *r = arena + used + HASH_BYTES;
        uint64_t seq = count + 1;
        int64_t recorded_at = RECORDED_AT_UNIX;
        memcpy(r, &seq, 8);
        memcpy(r + 8, &recorded_at, 8);
        memcpy(r + 16, &fen, 8);
        memcpy(r + 24, &date, 4);
        r[28] = (char)kind; r[29] = 0; r[30] = 0; r[31] = 0;
        size_t w = RECORD_HEADER_BYTES;
        Entry *e = &entries[count];
        for (int t = 0; t < TEXT_FIELDS; t++) {
            size_t n_bytes = copy_field(r + w, f[TEXT_ORDER[t]]);
            put_u32(r + 32 + 4 * t, (uint32_t)n_bytes);
            if (TEXT_ORDER[t] == F_ID) { e->id_off = (uint32_t)w; e->id_len = (uint32_t)n_bytes; }
            if (TEXT_ORDER[t] == F_PROJECT) { e->project_off = (uint32_t)w; e->project_len = (uint32_t)n_bytes; }
            w += n_bytes;
        }
        if (e->id_len == 0 || e->project_len == 0) {
            fprintf(stderr, "raw-lmdb-bench: line %zu: empty id or project\n", line);
            return 1;
        }
        e->offset = used;
        e->length = (uint32_t)w;
        record_bytes += w;
        memset(r - HASH_BYTES, 0, HASH_BYTES);
        memset(r + w, 0, HASH_BYTES);
        used += HASH_BYTES + w + HASH_BYTES;
        used = (used + 7) & ~(size_t)7;
        count++;
    }
    munmap((void *)buf, len);
    close(fd);
    printf("load events=%zu seconds=%.3f record_bytes_avg=%.1f value_bytes_avg=%.1f\n",
           count, now_seconds() - t_load,
           count ? (double)record_bytes / (double)count : 0.0,
           count ? (double)record_bytes / (double)count + 2 * HASH_BYTES : 0.0);
    printf("info lmdb=\"%s\" openssl=\"%s\"\n", mdb_version(NULL, NULL, NULL),
           OPENSSL_VERSION_TEXT);
    fflush(stdout);

    /* ---- environment (not timed) ---- */
    char path[4096];
    mkdir(db_dir, 0755);
    snprintf(path, sizeof path, "%s/data.mdb", db_dir);
    if (access(path, F_OK) == 0) die("refusing to write into an existing ledger", path);
    MDB_env *env;
    check(mdb_env_create(&env), "mdb_env_create");
    check(mdb_env_set_mapsize(env, MAP_SIZE_BYTES), "mdb_env_set_mapsize");
    check(mdb_env_set_maxdbs(env, 8), "mdb_env_set_maxdbs");
    check(mdb_env_open(env, db_dir, MDB_NOTLS, 0644), "mdb_env_open");

    EVP_MD *sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!sha256 || !ctx) die("OpenSSL SHA256 unavailable", NULL);
    unsigned char zero_hash[HASH_BYTES] = {0};

    /* ---- timed: append + chain + indexes + durable commit ---- */
    double t0 = now_seconds();
    MDB_txn *txn;
    MDB_dbi events, project_events, event_ids, meta;
    check(mdb_txn_begin(env, NULL, 0, &txn), "mdb_txn_begin");
    check(mdb_dbi_open(txn, "events", MDB_CREATE, &events), "mdb_dbi_open events");
    check(mdb_dbi_open(txn, "project_events", MDB_CREATE | MDB_DUPSORT | MDB_DUPFIXED,
                       &project_events), "mdb_dbi_open project_events");
    check(mdb_dbi_open(txn, "event_ids", MDB_CREATE, &event_ids), "mdb_dbi_open event_ids");
    check(mdb_dbi_open(txn, "meta", MDB_CREATE, &meta), "mdb_dbi_open meta");
    const unsigned char *prev = zero_hash;
    unsigned char seq_be[8];
    for (size_t i = 0; i < count; i++) {
        Entry *e = &entries[i];
        unsigned char *value = (unsigned char *)arena + e->offset;
        unsigned char *rec = value + HASH_BYTES;
        unsigned char *hash = rec + e->length;
        unsigned int hash_len = 0;
        memcpy(value, prev, HASH_BYTES);
        if (!EVP_DigestInit_ex(ctx, sha256, NULL) ||
            !EVP_DigestUpdate(ctx, value, HASH_BYTES + e->length) ||
            !EVP_DigestFinal_ex(ctx, hash, &hash_len))
            die("SHA256 failed", NULL);
        prev = hash;
        put_u64be(seq_be, (uint64_t)i + 1);
        MDB_val k = {8, seq_be}, v = {HASH_BYTES + e->length + HASH_BYTES, value};
        check(mdb_put(txn, events, &k, &v, MDB_APPEND), "mdb_put events");
        MDB_val pk = {e->project_len, rec + e->project_off}, pv = {8, seq_be};
        check(mdb_put(txn, project_events, &pk, &pv, 0), "mdb_put project_events");
        MDB_val ik = {e->id_len, rec + e->id_off}, iv = {8, seq_be};
        int rc = mdb_put(txn, event_ids, &ik, &iv, MDB_NOOVERWRITE);
        if (rc == MDB_KEYEXIST) die("duplicate event id", NULL);
        check(rc, "mdb_put event_ids");
    }
    unsigned char head[8 + HASH_BYTES];
    put_u64be(head, (uint64_t)count);
    memcpy(head + 8, prev, HASH_BYTES);
    MDB_val hk = {4, "head"}, hv = {sizeof head, head};
    check(mdb_put(txn, meta, &hk, &hv, 0), "mdb_put meta");
    check(mdb_txn_commit(txn), "mdb_txn_commit");
    double t1 = now_seconds();
    printf("append events=%zu seconds=%.3f events_per_s=%.0f\n", count, t1 - t0,
           (double)count / (t1 - t0));
    fflush(stdout);

    /* ---- timed: scan + recompute chain ---- */
    double t2 = now_seconds();
    check(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), "mdb_txn_begin read");
    MDB_cursor *cur;
    check(mdb_cursor_open(txn, events, &cur), "mdb_cursor_open");
    MDB_val k, v;
    size_t seen = 0;
    unsigned char prev_hash[HASH_BYTES], computed[HASH_BYTES];
    memset(prev_hash, 0, HASH_BYTES);
    int rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST);
    while (rc == MDB_SUCCESS) {
        seen++;
        unsigned char expect_key[8];
        put_u64be(expect_key, (uint64_t)seen);
        uint64_t rec_seq;
        if (k.mv_size != 8 || memcmp(k.mv_data, expect_key, 8) != 0 ||
            v.mv_size < HASH_BYTES + RECORD_HEADER_BYTES + HASH_BYTES)
            die("verify: sequence gap or short record", NULL);
        const unsigned char *value = v.mv_data;
        memcpy(&rec_seq, value + HASH_BYTES, 8);
        if (rec_seq != seen) die("verify: record seq does not match its key", NULL);
        size_t hashed_len = v.mv_size - HASH_BYTES;
        const unsigned char *stored = value + hashed_len;
        unsigned int hash_len = 0;
        if (memcmp(value, prev_hash, HASH_BYTES) != 0) {
            fprintf(stderr, "raw-lmdb-bench: verify: link broken at seq %zu\n", seen);
            return 1;
        }
        if (!EVP_DigestInit_ex(ctx, sha256, NULL) ||
            !EVP_DigestUpdate(ctx, value, hashed_len) ||
            !EVP_DigestFinal_ex(ctx, computed, &hash_len))
            die("SHA256 failed", NULL);
        if (memcmp(computed, stored, HASH_BYTES) != 0) {
            fprintf(stderr, "raw-lmdb-bench: verify: chain broken at seq %zu\n", seen);
            return 1;
        }
        memcpy(prev_hash, stored, HASH_BYTES);
        rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
    }
    if (rc != MDB_NOTFOUND) check(rc, "mdb_cursor_get");
    mdb_cursor_close(cur);
    mdb_txn_abort(txn);
    double t3 = now_seconds();
    if (seen != count) die("verify: event count differs from what was appended", NULL);
    if (memcmp(prev_hash, prev, HASH_BYTES) != 0) die("verify: head hash differs", NULL);
    printf("verify events=%zu seconds=%.3f events_per_s=%.0f\n", seen, t3 - t2,
           (double)seen / (t3 - t2));

    EVP_MD_CTX_free(ctx);
    EVP_MD_free(sha256);
    mdb_env_close(env);
    free(arena);
    free(entries);
    return 0;
}
