// Edit > Preferences: the language list (each in its own language), the choice saved for the
// next start, and the note saying so.
#include "mainwindow/mainwindow.h"
#include "settings/languagesetup.h"
#include "settings/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void ctrlCommaOpensPreferencesAndTheChoiceIsSaved()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PreferencesDialog *>()) && dialog->isVisible());

        QComboBox *box = dialog->languageBox();
        QCOMPARE(box->count(), 1 + int(LanguageSetup::shippedLanguages().size()));
        QCOMPARE(box->currentIndex(), 0); // the system's, until one is chosen
        QVERIFY(box->findText(QStringLiteral("Cymraeg")) > 0);
        QVERIFY(box->findText(QStringLiteral("العربية")) > 0);
        const QLabel *note = dialog->findChild<QLabel *>(QStringLiteral("restartNote"));
        QVERIFY(note);
        const QString before = note->text();

        box->setCurrentIndex(box->findData(QStringLiteral("fr")));
        QVERIFY(note->text() != before); // "… the next time it starts"
        QVERIFY(note->text().contains(QLatin1String("next time")));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/sessionscope-preferences.png")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!window.findChild<PreferencesDialog *>()); // closed and deleted
        QCOMPARE(LanguageSetup::savedChoice(), QStringLiteral("fr"));
        QCOMPARE(LanguageSetup::localeFor(LanguageSetup::savedChoice()).language(), QLocale::French);

        // Cancel keeps the saved choice; "System default" forgets it.
        auto *again = new PreferencesDialog(&window);
        QCOMPARE(again->chosenLanguage(), QStringLiteral("fr"));
        again->languageBox()->setCurrentIndex(0);
        again->reject();
        QCOMPARE(LanguageSetup::savedChoice(), QStringLiteral("fr"));
        again->languageBox()->setCurrentIndex(0);
        again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(LanguageSetup::savedChoice().isEmpty());
        delete again;
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
