# Runs the app with a fresh data dir and --screenshot; fails unless it exits 0 with a non-blank PNG.
file(MAKE_DIRECTORY ${OUT})
set(DATA ${OUT}/smoke-data)
file(REMOVE_RECURSE ${DATA})
execute_process(COMMAND ${APP} --data-dir ${DATA} --screenshot ${OUT}/home.png
                RESULT_VARIABLE rc TIMEOUT 50)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the app exited with ${rc}")
endif()
file(SIZE ${OUT}/home.png size)
# A blank 1280x800 PNG compresses to a few kB; a rendered page with text is far larger.
if(size LESS 20000)
    message(FATAL_ERROR "home.png is only ${size} bytes: a blank render?")
endif()
message(STATUS "home.png: ${size} bytes")
