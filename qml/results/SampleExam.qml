import QtQuick
import CertDrill.Backend

/// A seeded exam answered mechanically (the first choices) and submitted, so that a results page
/// opened from the command line (`--page results:BANK`) has a real report to show.
ExamController {
    id: root

    property string bankId
    property bool pending: false
    signal done(int sessionId)

    function runWhenReady() {
        pending = true
        if (!App.banks.busy)
            run()
    }
    function run() {
        pending = false
        if (!start(bankId, { seed: 1 }))
            return
        for (let i = 0; i < total; ++i) {
            const q = question
            if (q.type === "single")
                answer(q.choices[0].id)
            else if (q.type === "multiple")
                answer(q.choices.slice(0, q.chooseCount).map(c => c.id))
            if (!isLast)
                next()
        }
        submit()
    }
    onSubmitted: sessionId => done(sessionId)

    readonly property Connections banksWatcher: Connections {
        target: App.banks
        function onBusyChanged() {
            if (root.pending && !App.banks.busy)
                root.run()
        }
    }
}
