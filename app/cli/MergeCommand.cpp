#include "Command.h"
#include "Console.h"
#include "merge/BatchMerge.h"
#include "merge/MergeSourceLoader.h"

namespace tianbao::cli {

namespace {

QString propertyName(Property property)
{
    switch (property) {
    case Property::Unit:
        return QCoreApplication::translate("MergeCommand", "unit");
    case Property::SignDate:
        return QCoreApplication::translate("MergeCommand", "date");
    case Property::NoNewProjects:
        return QCoreApplication::translate("MergeCommand", "no new projects");
    }
    return QString();
}

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return line.size() > 80 ? line.left(80) + QStringLiteral("…") : line;
}

// What each source brings, as the preview in the window says it.
void printItem(const BatchItem &item, const QString &path)
{
    const MergeCounts &c = item.counts;
    const QString name = item.fileName.isEmpty() ? path : item.fileName;
    if (item.unit.isEmpty())
        Console::out(name + QStringLiteral(": "));
    else
        Console::out(QStringLiteral("%1 (%2): ").arg(name, item.unit));
    Console::out(QCoreApplication::translate("MergeCommand",
                                             "%1 rows added, %2 cells filled, %3 cells changed, "
                                             "%4 conflicts, %5 deletions\n")
                     .arg(c.rowsAdded)
                     .arg(c.cellsFilled)
                     .arg(c.cellsChanged)
                     .arg(c.conflicts)
                     .arg(c.deletions));
    for (const MergeConflict &conflict : item.conflicts) {
        Console::out(
            QCoreApplication::translate("MergeCommand", "  conflict: %1 row %2 (%3), %4\n"
                                                        "    mine   (%5): %6\n"
                                                        "    theirs (%7): %8\n")
                .arg(conflict.attachmentKey)
                .arg(conflict.seq)
                .arg(conflict.rowName, fieldKey(conflict.field),
                     conflict.myUnit.isEmpty() ? QStringLiteral("-") : conflict.myUnit,
                     oneLine(conflict.mine),
                     conflict.theirUnit.isEmpty() ? QStringLiteral("-") : conflict.theirUnit,
                     oneLine(conflict.theirs)));
    }
    for (const PropertyDifference &difference : item.propertyDifferences) {
        Console::out(
            QCoreApplication::translate("MergeCommand", "  kept my %1 “%2” (theirs: “%3”)\n")
                .arg(propertyName(difference.property), difference.mine, difference.theirs));
    }
}

} // namespace

Command mergeCommand()
{
    struct Options
    {
        QCommandLineOption dryRun{
            QStringLiteral("dry-run"),
            QCoreApplication::translate("MergeCommand", "Show what would change; change nothing.")};
        QCommandLineOption onConflict{
            QStringLiteral("on-conflict"),
            QCoreApplication::translate("MergeCommand",
                                        "Settle conflicts: mine, theirs, or both (joined)."),
            QStringLiteral("mine|theirs|both")};
        QCommandLineOption byName{
            QStringLiteral("match-by-name"),
            QCoreApplication::translate("MergeCommand",
                                        "Match rows of a different form by 合作项目 + 校内单位.")};
        QCommandLineOption unit{
            QStringLiteral("unit"),
            QCoreApplication::translate("MergeCommand",
                                        "The unit a Word reply came from, when it signs none."),
            QStringLiteral("NAME")};
    };
    auto o = std::make_shared<Options>();
    return {
        QStringLiteral("merge"),
        QCoreApplication::translate("MergeCommand",
                                    "Merge colleagues' files (.tianbao, or replies filled in Word) "
                                    "into FILE."),
        QStringLiteral("FILE OTHER…"),
        [o](QCommandLineParser &parser) {
            parser.addOptions({o->dryRun, o->onConflict, o->byName, o->unit});
        },
        [o](const QCommandLineParser &parser) {
            const QStringList positional = parser.positionalArguments();
            if (positional.size() < 2)
                return CommandSupport::fail(QCoreApplication::translate(
                    "MergeCommand", "Give the form to merge into and at least one other file."));
            Resolution resolution = Resolution::Unresolved;
            if (parser.isSet(o->onConflict)) {
                const QString choice = parser.value(o->onConflict);
                if (choice == QLatin1String("mine"))
                    resolution = Resolution::KeepMine;
                else if (choice == QLatin1String("theirs"))
                    resolution = Resolution::TakeTheirs;
                else if (choice == QLatin1String("both"))
                    resolution = Resolution::KeepBoth;
                else
                    return CommandSupport::fail(QCoreApplication::translate(
                        "MergeCommand", "--on-conflict takes mine, theirs or both."));
            }
            const bool dryRun = parser.isSet(o->dryRun);
            auto form =
                CommandSupport::openForm(positional.first(), dryRun ? FormFile::Access::ReadOnly
                                                                    : FormFile::Access::ReadWrite);
            if (!form)
                return int(BadInput);
            if (!dryRun && form->isReadOnly())
                return CommandSupport::fail(form->readOnlyReason());

            const QStringList others = positional.mid(1);
            const QString origin = form->properties().originUuid;
            const QString replyUnit = parser.value(o->unit);
            const BatchMerge::Loader load = [&](int index) {
                return MergeSourceLoader::load(others.at(index), origin, replyUnit);
            };
            BatchOptions options;
            options.match.matchByName = parser.isSet(o->byName);
            options.onConflict = resolution;
            options.dryRun = true;

            // Plan everything first: a bad file or an unsettled conflict changes nothing.
            const BatchResult preview = BatchMerge::run(*form, int(others.size()), load, options);
            if (!preview.error.isEmpty())
                return CommandSupport::fail(preview.error);
            for (const BatchItem &item : preview.items) {
                if (!item.error.isEmpty() && item.unresolvedConflicts == 0)
                    return CommandSupport::fail(item.error);
            }
            int unresolved = 0;
            for (int i = 0; i < preview.items.size(); ++i) {
                const BatchItem &item = preview.items.at(i);
                printItem(item, others.value(i));
                if (resolution == Resolution::Unresolved)
                    unresolved += item.unresolvedConflicts;
            }
            if (unresolved > 0) {
                Console::err(QCoreApplication::translate(
                                 "MergeCommand", "Nothing was merged: %1 conflicts; choose with "
                                                 "--on-conflict mine|theirs|both.\n")
                                 .arg(unresolved));
                return int(Conflicts);
            }
            if (dryRun)
                return int(Success);

            options.dryRun = false;
            const BatchResult result = BatchMerge::run(*form, int(others.size()), load, options);
            if (!result.ok())
                return CommandSupport::fail(result.error);
            const MergeCounts &t = result.total;
            Console::out(QCoreApplication::translate(
                             "MergeCommand", "Merged %1 files: %2 rows added, %3 cells filled, "
                                             "%4 cells changed, %5 conflicts settled, %6 "
                                             "deletions.\n")
                             .arg(result.outcomes.size())
                             .arg(t.rowsAdded)
                             .arg(t.cellsFilled)
                             .arg(t.cellsChanged)
                             .arg(t.conflicts)
                             .arg(t.deletions));
            return int(Success);
        }};
}

} // namespace tianbao::cli
