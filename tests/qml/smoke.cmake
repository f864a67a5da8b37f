# Runs the app on every main page in both themes with a fresh data dir and --screenshot; fails
# unless each run exits 0 (the app itself refuses a blank render) with a PNG written.
file(MAKE_DIRECTORY ${OUT})
set(DATA ${OUT}/smoke-data)
file(REMOVE_RECURSE ${DATA})
foreach(theme light dark)
    # progress and history come after results, which submits an exam: their charts have data.
    foreach(page home welcome settings profiles help bank:comptia-security-plus-sy0-701
                 exam:comptia-security-plus-sy0-701 review:comptia-security-plus-sy0-701
                 exam:cisco-ccna-200-301 results:comptia-security-plus-sy0-701
                 history:comptia-security-plus-sy0-701 progress:comptia-security-plus-sy0-701
                 practice:comptia-security-plus-sy0-701:study)
        string(REPLACE ":" "-" name "${page}")
        set(png ${OUT}/${name}-${theme}.png)
        file(REMOVE ${png})
        set(args --data-dir ${DATA} --theme ${theme} --screenshot ${png})
        if(NOT page STREQUAL "home")
            list(APPEND args --page ${page})
        endif()
        execute_process(COMMAND ${APP} ${args} RESULT_VARIABLE rc TIMEOUT 50)
        if(NOT rc EQUAL 0 OR NOT EXISTS ${png})
            message(FATAL_ERROR "${page} in the ${theme} theme: the app exited with ${rc}")
        endif()
        file(SIZE ${png} size)
        message(STATUS "${name}-${theme}.png: ${size} bytes")
    endforeach()
endforeach()
