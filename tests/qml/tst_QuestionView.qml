import QtQuick
import QtTest
import CertDrill

Item {
    id: top
    width: 1000
    height: 780

    function entries(ids) { return ids.map(id => ({ id: id, html: "<p>Text " + id + "</p>", plain: "Text " + id })) }
    function question(type, extra) {
        const q = { id: "q-" + type, type: type, stemHtml: "<p>Stem of " + type + "</p>", contentHash: "0",
                    scenarioTitle: "", scenarioHtml: "", scenarioExhibitText: "", scenarioExhibitImage: "",
                    scenarioExhibitAlt: "", exhibitText: "", exhibitImage: "", exhibitAlt: "", chooseCount: 0,
                    choices: [], items: [], left: [], right: [], unit: "" }
        return Object.assign(q, extra || {})
    }
    readonly property var single: question("single", { choices: entries(["a", "b", "c", "d"]) })
    readonly property var multiple: question("multiple", { choices: entries(["a", "b", "c", "d"]), chooseCount: 2 })
    readonly property var order: question("order", { items: entries(["x", "y", "z"]) })
    readonly property var match: question("match", { left: entries(["l1", "l2", "l3"]), right: entries(["r1", "r2", "r3"]) })
    readonly property var numeric: question("numeric", { unit: "ms" })
    readonly property var text: question("text", { exhibitText: "line one of a very long exhibit ".repeat(20) })
    readonly property string switchImage: Qt.resolvedUrl("../data/image_banks/img/switch.png") // 160 x 96
    function withImage(extra) {
        return question("single", Object.assign({ choices: entries(["a", "b", "c"]), exhibitAlt: "A switch with two VLANs" }, extra))
    }

    QuestionView {
        id: view
        width: top.width - 40
        x: 20
        y: 10
        question: top.single
    }

    SignalSpy { id: edits; target: view; signalName: "responseEdited" }
    // What a page does with Esc (leave): an open zoom takes the key first.
    Shortcut { id: pageEsc; sequence: "Esc"; property int count: 0; onActivated: count++ }
    // What a page does with Enter (exam: next, practice: submit), as a shortcut, or as a key
    // handler above the view (`entered` counts the Enter keys that reach it).
    Shortcut { id: pageEnter; sequences: ["Return", "Enter"]; enabled: false; property int count: 0; onActivated: count++ }
    property int entered: 0
    Keys.onReturnPressed: entered++
    Keys.onEnterPressed: entered++

    TestCase {
        name: "QuestionView"
        when: windowShown

        function show(q) {
            view.readOnly = false
            view.feedback = null
            view.question = null // a fresh view: no highlight or strike-through left from before
            view.question = q
            view.response = null
            edits.clear()
            view.forceActiveFocus()
            waitForRendering(view)
        }
        function child(name) {
            const item = findChild(view, name)
            verify(item !== null, "no " + name)
            return item
        }

        function test_single_by_mouse_and_keyboard() {
            show(top.single)
            mouseClick(child("choice_c"))
            compare(view.response, "c")
            compare(edits.count, 1)
            compare(edits.signalArguments[0][0], "c")
            verify(view.complete)
            keyClick(Qt.Key_2)
            compare(view.response, "b")
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Space)
            compare(view.response, "c")
            keyClick(Qt.Key_9) // no ninth choice: nothing happens
            compare(view.response, "c")
        }

        function test_multiple_enforces_choose_n() {
            show(top.multiple)
            compare(child("chooseHint").text.indexOf("Choose 2"), 0)
            mouseClick(child("choice_a"))
            verify(!view.complete)
            mouseClick(child("choice_b"))
            mouseClick(child("choice_c")) // a third tick is refused
            compare(view.response, ["a", "b"])
            verify(view.complete)
            verify(child("chooseHint").text.indexOf("untick") > 0)
            keyClick(Qt.Key_1) // untick a, then c may be ticked
            compare(view.response, ["b"])
            keyClick(Qt.Key_3)
            compare(view.response.slice().sort(), ["b", "c"])
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_3)
            compare(view.response, null)
        }

        function test_strike_through_by_x_and_right_click() {
            show(top.single)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_X)
            verify(child("choice_b").struck)
            verify(findChild(child("choice_b"), "choiceText").text.indexOf("<s>") === 0)
            mouseClick(child("choice_d"), 10, 10, Qt.RightButton)
            verify(child("choice_d").struck)
            compare(view.response, null) // striking is not answering
            keyClick(Qt.Key_X) // again on d (the last one touched): undone
            verify(!child("choice_d").struck)
            show(top.multiple) // another question forgets the marks
            verify(!child("choice_b").struck)
        }

        function test_order_by_drag_and_drop() {
            show(top.order)
            compare(view.response, null)
            const first = child("orderItem_x")
            const last = child("orderItem_z")
            const from = first.mapToItem(view, first.width / 2, first.height / 2)
            const to = last.mapToItem(view, last.width / 2, last.height / 2)
            mousePress(view, from.x, from.y)
            for (let i = 1; i <= 10; ++i)
                mouseMove(view, from.x, from.y + (to.y - from.y) * i / 10)
            mouseRelease(view, to.x, to.y)
            compare(view.response, ["y", "z", "x"])
            verify(view.complete)
        }

        function test_order_by_keyboard() {
            show(top.order)
            keyClick(Qt.Key_Down, Qt.AltModifier) // x moves down one
            compare(view.response, ["y", "x", "z"])
            keyClick(Qt.Key_Down, Qt.AltModifier)
            compare(view.response, ["y", "z", "x"])
            keyClick(Qt.Key_1)  // select y
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Up, Qt.AltModifier) // z to the top
            compare(view.response, ["z", "y", "x"])
        }

        function test_order_shows_the_correct_sequence_after_answering() {
            show(top.order)
            view.response = ["y", "x", "z"]
            view.readOnly = true
            view.feedback = { correct: false, sequence: ["x", "y", "z"], correctIds: [], pairs: {}, why: {} }
            keyClick(Qt.Key_Down, Qt.AltModifier) // read-only: no move
            compare(view.response, ["y", "x", "z"])
            verify(child("orderItem_z").isRight)
            verify(!child("orderItem_y").isRight)
        }

        function test_match_by_mouse_keyboard_and_drag() {
            show(top.match)
            mouseClick(child("left_l2"))
            mouseClick(child("right_r3"))
            compare(view.response, { l2: "r3" })
            keyClick(Qt.Key_Up) // from l3 (the next unpaired) to l2
            keyClick(Qt.Key_Up) // l1
            keyClick(Qt.Key_3)  // r3 moves from l2 to l1
            compare(view.response, { l1: "r3" })
            const r1 = child("right_r1")
            const l3 = child("left_l3")
            const from = r1.mapToItem(view, 20, r1.height / 2)
            const to = l3.mapToItem(view, 20, l3.height / 2)
            mousePress(view, from.x, from.y)
            for (let i = 1; i <= 10; ++i)
                mouseMove(view, from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10)
            mouseRelease(view, to.x, to.y)
            compare(view.response, { l1: "r3", l3: "r1" })
            verify(!view.complete)
            mouseClick(child("left_l2"))
            keyClick(Qt.Key_2)
            compare(view.response, { l1: "r3", l2: "r2", l3: "r1" })
            verify(view.complete)
            keyClick(Qt.Key_Delete) // l2 was the last one picked
            compare(view.response, { l1: "r3", l3: "r1" })
        }

        function test_numeric_answer() {
            show(top.numeric)
            const field = child("numberField")
            verify(field.activeFocus)
            keyClick("4"); keyClick("2"); keyClick(","); keyClick("5")
            compare(view.response, 42.5)
            verify(view.complete)
            keyClick(Qt.Key_Backspace); keyClick(Qt.Key_Backspace)
            compare(view.response, 42)
            field.selectAll()
            keyClick(Qt.Key_Minus)
            compare(view.response, null)  // "-" is no number yet
            compare(field.text, "-")       // and the field keeps it
            view.response = 7             // a saved answer restored
            compare(field.text, "7")
        }

        function test_text_answer_and_exhibit() {
            show(top.text)
            keyClick("s"); keyClick("s"); keyClick("h")
            compare(view.response, "ssh")
            const exhibit = findChild(child("exhibit"), "exhibitText")
            verify(exhibit.visible)
            verify(exhibit.contentWidth > exhibit.width) // scrolls sideways instead of wrapping
            verify(exhibit.height > exhibit.contentHeight, "room for the scroll bar")
            view.response = null
            compare(child("textField").text, "")
        }

        function test_a_short_text_exhibit_leaves_no_room_for_a_scroll_bar() {
            show(top.question("single", { choices: top.entries(["a", "b"]), exhibitText: "R1# show ip route" }))
            const exhibit = findChild(child("exhibit"), "exhibitText")
            verify(exhibit.contentWidth <= exhibit.width)
            compare(exhibit.height, exhibit.contentHeight)
        }

        function test_feedback_marks_choices_and_shows_why() {
            show(top.multiple)
            view.response = ["a", "c"]
            view.readOnly = true
            view.feedback = { correct: false, correctIds: ["a", "b"], sequence: [], pairs: {},
                              why: { a: "<p>A is right</p>", b: "<p>B too</p>", c: "<p>C is not</p>", d: "" } }
            compare(child("choice_a").verdict, "right")
            compare(child("choice_b").verdict, "right")
            compare(child("choice_c").verdict, "wrong")
            compare(child("choice_d").verdict, "")
            verify(findChild(child("choice_c"), "why").visible)
            mouseClick(child("choice_d"))
            compare(view.response, ["a", "c"])
            compare(edits.count, 0)
        }

        function exhibitPart(name) {
            const item = findChild(child("exhibit"), name)
            verify(item !== null, "no " + name)
            return item
        }
        function picture() { return exhibitPart("exhibitImage") }
        /// The zoom popup, open.
        function openedZoom() {
            const zoom = exhibitPart("exhibitZoom")
            tryCompare(zoom, "opened", true)
            tryCompare(findChild(zoom.contentItem, "zoomImage"), "status", Image.Ready)
            return zoom
        }

        function test_an_image_exhibit_shows_the_image() {
            show(top.withImage({ exhibitImage: top.switchImage }))
            verify(child("exhibit").visible)
            tryCompare(picture(), "status", Image.Ready)
            compare(picture().implicitWidth, 160)
            compare(picture().implicitHeight, 96)
            verify(picture().visible)
            verify(picture().width > 0 && picture().height > 0)
            verify(!exhibitPart("imagePlaceholder").visible)
        }

        function test_a_missing_or_refused_image_shows_a_placeholder() {
            // Refused by the presenter (outside the bank's folder, remote): no URL, but flagged.
            show(top.withImage({ exhibitImage: "", exhibitImageMissing: true }))
            verify(child("exhibit").visible)
            verify(exhibitPart("imagePlaceholder").visible)
            compare(exhibitPart("imagePlaceholderText").text,
                    "The exhibit image cannot be shown. It shows: A switch with two VLANs")
            verify(!picture().visible)
            // A URL whose file is gone by the time it is shown.
            ignoreWarning(new RegExp("Cannot open: .*no-such\\.png"))
            show(top.withImage({ exhibitImage: Qt.resolvedUrl("../data/image_banks/img/no-such.png"), exhibitAlt: "" }))
            tryCompare(picture(), "status", Image.Error)
            verify(!picture().visible)
            verify(exhibitPart("imagePlaceholder").visible)
            compare(exhibitPart("imagePlaceholderText").text, "The exhibit image cannot be shown.")
            // No image at all: no placeholder either.
            show(top.single)
            verify(!child("exhibit").visible)
        }

        function test_the_image_zooms_by_mouse() {
            show(top.withImage({ exhibitImage: top.switchImage }))
            tryCompare(picture(), "status", Image.Ready)
            mouseClick(picture())
            const zoom = openedZoom()
            const big = findChild(zoom.contentItem, "zoomImage")
            compare(zoom.factor, 1)
            compare(big.width, 160)
            mouseClick(findChild(zoom.contentItem, "zoomInButton"))
            compare(zoom.factor, 1.25)
            compare(big.width, 200)
            compare(big.height, 120)
            compare(findChild(zoom.contentItem, "zoomLabel").text, "125%")
            mouseClick(findChild(zoom.contentItem, "zoomOutButton"))
            mouseClick(findChild(zoom.contentItem, "zoomOutButton"))
            compare(zoom.factor, 0.8)
            compare(big.width, 128)
            const area = findChild(zoom.contentItem, "zoomArea")
            mouseWheel(area, area.width / 2, area.height / 2, 0, 120, Qt.NoButton, Qt.ControlModifier)
            tryVerify(() => zoom.factor > 0.8, 1000, "Ctrl+wheel up zooms in")
            const zoomedIn = zoom.factor
            mouseWheel(area, 10, 10, 0, -120, Qt.NoButton, Qt.ControlModifier) // anywhere in the view
            tryVerify(() => zoom.factor < zoomedIn, 1000, "Ctrl+wheel down zooms out")
            mouseClick(findChild(zoom.contentItem, "zoomCloseButton"))
            tryCompare(zoom, "visible", false)
            compare(view.response, null) // clicks in the zoom do not answer the question
        }

        function test_the_image_zooms_by_keyboard() {
            show(top.withImage({ exhibitImage: top.switchImage }))
            tryCompare(picture(), "status", Image.Ready)
            for (let i = 0; i < 10 && !picture().activeFocus; ++i)
                keyClick(Qt.Key_Tab)
            verify(picture().activeFocus, "Tab reaches the image")
            keyClick(Qt.Key_Space)
            const zoom = openedZoom()
            const big = findChild(zoom.contentItem, "zoomImage")
            keyClick(Qt.Key_Plus)
            compare(zoom.factor, 1.25)
            compare(big.width, 200)
            keyClick(Qt.Key_Minus)
            keyClick(Qt.Key_Minus)
            compare(zoom.factor, 0.8)
            keyClick(Qt.Key_0)
            compare(zoom.factor, 1)
            keyClick(Qt.Key_2) // the question's keys wait until the zoom is closed
            compare(view.response, null)
            const escBefore = pageEsc.count
            keyClick(Qt.Key_Escape)
            tryCompare(zoom, "visible", false)
            compare(pageEsc.count, escBefore, "Esc closes the zoom, not the page")
            verify(picture().activeFocus, "the focus goes back to the image")
            keyClick(Qt.Key_Space) // and the zoom opens again at 100 %
            compare(openedZoom().factor, 1)
            keyClick(Qt.Key_Escape)
            tryCompare(zoom, "visible", false)
        }

        function test_enter_in_an_answer_field_is_left_to_the_page_once() {
            for (const q of [top.numeric, top.text]) {
                show(q)
                const field = child(q.type === "numeric" ? "numberField" : "textField")
                verify(field.activeFocus)
                keyClick("4"); keyClick("2")
                const typed = view.response
                compare(typed, q.type === "numeric" ? 42 : "42")
                const editsBefore = edits.count
                // The page's shortcut: taken once per key, from inside the field.
                pageEnter.enabled = true
                pageEnter.count = 0
                top.entered = 0
                keyClick(Qt.Key_Return)
                compare(pageEnter.count, 1, q.type + ": Return")
                keyClick(Qt.Key_Enter, Qt.KeypadModifier)
                compare(pageEnter.count, 2, q.type + ": keypad Enter")
                compare(top.entered, 0)
                view.readOnly = true // answered (practice): Enter moves on, still once
                keyClick(Qt.Key_Return)
                compare(pageEnter.count, 3, q.type + ": read-only")
                view.readOnly = false
                // A page that listens for keys instead: the field lets Enter through to it, once.
                pageEnter.enabled = false
                keyClick(Qt.Key_Return)
                keyClick(Qt.Key_Enter, Qt.KeypadModifier)
                compare(top.entered, 2, q.type + ": the key goes up from the field")
                compare(pageEnter.count, 3)
                // Enter is not an edit: the answer and the text stay as typed.
                compare(field.text, "42")
                compare(view.response, typed)
                compare(edits.count, editsBefore)
                verify(field.activeFocus)
            }
        }
    }
}
