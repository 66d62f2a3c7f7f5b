// SPDX-License-Identifier: MIT
// The sanitizers' settings, built into every program of a sanitized build (the tests, the
// sandbox they start, the app, the fuzzers), so that a program behaves the same however it is
// started: by CTest, from a shell, or as a child process. Variables such as ASAN_OPTIONS still
// override them.

extern "C" {

// A leak at exit fails the program, as does any memory error.
__attribute__((used, visibility("default"))) const char *__asan_default_options()
{
    return "detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_string_checks=1";
}

// The build makes undefined behaviour fatal; say where it happened.
__attribute__((used, visibility("default"))) const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}

// The suppressed leaks below are expected: listing them on every exit would fill the standard
// error of the command-line interface, which its tests read line by line.
__attribute__((used, visibility("default"))) const char *__lsan_default_options()
{
    return "print_suppressions=0";
}

// Leaks in libraries outside this project, which keep process-wide state for the life of the
// process. OpenSSL (loaded by Qt's TLS backend) keeps per-thread error and provider state that
// it frees only in its own exit handler, after LeakSanitizer has looked. Our own code has no
// entry here.
__attribute__((used, visibility("default"))) const char *__lsan_default_suppressions()
{
    return "leak:libcrypto.so\n"
           "leak:libssl.so\n";
}

} // extern "C"
