# Results: the report of a finished session (ResultsController and its models) and the history
# of past results.
set(_results_sources
    results/StoredResults.h results/StoredResults.cpp
    results/AreaResultModel.h results/AreaResultModel.cpp
    results/MissedQuestionModel.h results/MissedQuestionModel.cpp
    results/QuestionTimeModel.h results/QuestionTimeModel.cpp
    results/ResultHistoryModel.h results/ResultHistoryModel.cpp
    results/ResultsController.h results/ResultsController.cpp
)
target_sources(certdrill_backend PRIVATE ${_results_sources})
list(FILTER _results_sources INCLUDE REGEX "\\.cpp$")
set_source_files_properties(${_results_sources}
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
