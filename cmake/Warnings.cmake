# certdrill_warnings: an interface target carrying our warning flags. Linked by our own targets
# only, so generated code (moc, qmlcachegen) is never built with -Werror.
add_library(certdrill_warnings INTERFACE)
target_compile_options(certdrill_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(CERTDRILL_WERROR)
    target_compile_options(certdrill_warnings INTERFACE -Werror)
endif()
