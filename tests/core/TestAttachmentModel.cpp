#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "models/AttachmentModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("Editing the model writes the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    {
        auto form = FormFile::create(path, FormTemplate::notice2023());
        REQUIRE(form.ok());
        AttachmentModel model(form.value().get(), Attachment::ExistingKey);
        CHECK(model.rowCount() == 13);
        CHECK(model.columnCount() == AttachmentModel::ColumnCount);
        CHECK(model.headerData(AttachmentModel::PlanColumn, Qt::Horizontal).toString() ==
              QStringLiteral("2024年计划要点"));
        CHECK(model.index(12, AttachmentModel::SeqColumn).data().toInt() == 13);
        CHECK_FALSE(model.flags(model.index(0, AttachmentModel::SeqColumn)) & Qt::ItemIsEditable);
        CHECK(model.index(0, AttachmentModel::ProgressColumn)
                  .data(AttachmentModel::MissingRole)
                  .toBool());

        QSignalSpy edited(&model, &AttachmentModel::cellEdited);
        REQUIRE(model.setData(model.index(2, AttachmentModel::ProgressColumn),
                              QStringLiteral("国家级专家服务基地开展技术培训3次。")));
        CHECK(edited.count() == 1);
        CHECK(edited.at(0).at(2).toString().isEmpty());
        CHECK_FALSE(model.index(2, AttachmentModel::ProgressColumn)
                        .data(AttachmentModel::MissingRole)
                        .toBool());

        auto uuid = model.insertRowAt(1);
        REQUIRE(uuid.ok());
        CHECK(model.index(1, AttachmentModel::SeqColumn).data().toInt() == 2);
        CHECK(model.index(3, AttachmentModel::NameColumn).data().toString() ==
              QStringLiteral("国家级专家服务基地东兴工作站项目"));
        REQUIRE(model.moveRow(1, 5).ok());
        CHECK(model.rowAt(5).uuid == uuid.value());
        REQUIRE(model.removeRowAt(5).ok());
        CHECK(model.rowCount() == 13);
        REQUIRE(model.restoreRow(uuid.value(), 0).ok());
        CHECK(model.rowAt(0).uuid == uuid.value());
    }
    auto reopened = FormFile::open(path);
    REQUIRE(reopened.ok());
    const QVector<Row> rows = reopened.value()->rows(Attachment::ExistingKey);
    REQUIRE(rows.size() == 14);
    CHECK(rows.at(3).value(Field::Progress) ==
          QStringLiteral("国家级专家服务基地开展技术培训3次。"));
}

TEST_CASE("A read-only form's model is not editable and reports the refusal")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    REQUIRE(FormFile::create(path, FormTemplate::notice2023()).ok());
    auto form = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(form.ok());
    AttachmentModel model(form.value().get(), Attachment::ExistingKey);
    CHECK_FALSE(model.flags(model.index(0, AttachmentModel::PlanColumn)) & Qt::ItemIsEditable);
    QSignalSpy failed(&model, &AttachmentModel::writeFailed);
    CHECK_FALSE(model.setData(model.index(0, AttachmentModel::PlanColumn), QStringLiteral("x")));
    CHECK(failed.count() == 1);
}

TEST_CASE("Where each cell came from is read for the rows asked, and follows edits")
{
    QTemporaryDir dir;
    auto file = FormFile::create(dir.filePath(QStringLiteral("f.tianbao")),
                                 FormTemplate::notice2023(), QStringLiteral("乡村振兴学院"));
    REQUIRE(file.ok());
    const QString uuid = file.value()->rows(Attachment::ExistingKey).at(1).uuid;
    // Another writer (a merge) changes row 2 before the model reads it.
    REQUIRE(file.value()
                ->setCell(uuid, Field::Plan, QStringLiteral("合并来的"), ChangeSource::Merge)
                .ok());
    AttachmentModel model(file.value().get(), Attachment::ExistingKey);
    const auto source = [&](int row, Field field) {
        return model.index(row, AttachmentModel::columnForField(field))
            .data(AttachmentModel::SourceRole)
            .toString();
    };
    CHECK(source(1, Field::Plan) == QStringLiteral("merge"));
    CHECK(source(1, Field::Name) == QStringLiteral("template"));
    CHECK(source(0, Field::Name) == QStringLiteral("template"));
    CHECK(source(0, Field::Plan) == QString()); // empty in the notice: no history
    // An edit through the model is its cell's source at once, the row's other cells stay.
    REQUIRE(model.setCell(1, Field::Plan, QStringLiteral("我改的"), ChangeSource::Edit).ok());
    CHECK(source(1, Field::Plan) == QStringLiteral("edit"));
    CHECK(source(1, Field::Name) == QStringLiteral("template"));
    // A row not read before an edit is read with it.
    REQUIRE(model.setCell(2, Field::Progress, QStringLiteral("新的"), ChangeSource::Edit).ok());
    CHECK(source(2, Field::Progress) == QStringLiteral("edit"));
    CHECK(source(2, Field::Name) == QStringLiteral("template"));
    // reload forgets what was read: a change by another writer shows after it.
    REQUIRE(
        file.value()->setCell(uuid, Field::Name, QStringLiteral("改名"), ChangeSource::Merge).ok());
    model.reload();
    CHECK(source(1, Field::Name) == QStringLiteral("merge"));
}
