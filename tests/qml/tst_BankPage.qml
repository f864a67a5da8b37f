import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend
import CertDrill.Test

Item {
    width: 1280
    height: 800

    BankPage {
        id: page
        anchors.fill: parent
        bankId: "test-mini"
    }
    ProblemReportModel {
        id: reports
        context: App
        bankId: "test-mini"
    }
    ImportBankDialog {
        id: importDialog
    }

    TestCase {
        name: "BankPage"
        when: windowShown

        function test_shows_the_blueprint_of_the_bank() {
            tryCompare(App.banks, "busy", false, 5000)
            compare(page.title, "Mini Test Bank")
            const list = findChild(page, "outline")
            tryCompare(list, "count", 5) // 2 domains, 3 objectives
            const summary = findChild(page, "summary")
            verify(summary.text.indexOf("MINI-001") >= 0)
            verify(summary.text.indexOf("4 questions in 10 minutes") >= 0)
            const first = list.itemAtIndex(0)
            verify(first.isDomain)
            compare(first.itemId, "1.0")
            compare(first.questionCount, 2)
            compare(first.examQuestions, 2)
            const objective = list.itemAtIndex(1)
            verify(!objective.isDomain)
            compare(objective.itemId, "1.1")
        }

        function test_previews_each_question_read_only() {
            tryCompare(App.banks, "busy", false, 5000)
            findChild(page, "tabs").currentIndex = 1
            const view = findChild(page, "preview")
            verify(view.readOnly)
            compare(view.question.id, "m-0001")
            findChild(page, "nextQuestion").clicked()
            tryCompare(view.question, "id", "m-0002")
            verify(findChild(page, "previewPosition").text.indexOf("2 of 6") >= 0)
            verify(findChild(page, "previousQuestion").enabled)
            findChild(page, "tabs").currentIndex = 0
        }

        function test_import_of_a_bad_bank_shows_located_errors_and_writes_nothing() {
            importDialog.openWith(Qt.resolvedUrl("../data/bad_banks/bad-value.json"))
            const importer = importDialog.controller
            tryVerify(() => importer.checked && !importer.busy, 5000)
            verify(!importer.valid)
            verify(importer.diagnostics.length > 0)
            const first = importer.diagnostics[0]
            verify(first.line > 0)
            verify(first.location.indexOf("bad-value.json:" + first.line + ":") === 0, first.location)
            verify(first.field.length > 0)
            verify(!findChild(importDialog, "importButton").enabled)
            verify(importer.message.indexOf("problem") >= 0, importer.message)
            const banks = App.banks.count
            verify(!importer.install(true))
            verify(importer.message.indexOf("Not imported") === 0, importer.message)
            compare(App.banks.count, banks)
            importDialog.close()
        }

        function test_import_of_a_bank_that_shadows_a_bundled_one_needs_consent() {
            importDialog.openWith(Qt.resolvedUrl("../data/banks/mini.json"))
            const importer = importDialog.controller
            tryVerify(() => importer.checked && !importer.busy, 5000)
            verify(importer.valid)
            compare(importer.bankId, "test-mini")
            verify(importer.shadows.indexOf("mini.json") >= 0)
            verify(findChild(importDialog, "shadowWarning").visible)
            verify(!importer.install(false))
            verify(importer.message.indexOf("already has the id") >= 0)
            importDialog.close()
        }

        function test_problem_reports_of_the_bank_are_listed() {
            verify(TestStudy.watchModel(reports))
            compare(reports.count, 0)
            verify(TestStudy.report("test-mini", "m-0003", "The unit is missing."))
            tryCompare(reports, "count", 1)
            const list = findChild(page, "reportList")
            tryCompare(list, "count", 1)
            findChild(page, "tabs").currentIndex = 2
            const row = list.itemAtIndex(0)
            compare(row.questionId, "m-0003")
            compare(row.note, "The unit is missing.")
            compare(row.contentHash.length, 16)
            verify(findChild(page, "reportsTab").text.indexOf("(1)") >= 0)
            row.clicked()
            compare(findChild(page, "tabs").currentIndex, 1)
            compare(findChild(page, "preview").question.id, "m-0003")
            findChild(page, "tabs").currentIndex = 0
        }

        function test_an_unknown_bank_shows_nothing() {
            page.bankId = "no-such-bank"
            compare(findChild(page, "outline").count, 0)
            compare(page.title, "")
            page.bankId = "test-mini"
        }
    }
}
