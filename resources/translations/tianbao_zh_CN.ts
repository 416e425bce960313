<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddCommand</name>
        <message>
            <source>existing or new.</source>
            <translation>existing（已有项目）或 new（新增项目）。</translation>
        </message>
        <message>
            <source>A cell of the new row, as KEY=TEXT; repeatable.</source>
            <translation>新行的一个单元格，写作 KEY=TEXT；可重复。</translation>
        </message>
        <message>
            <source>Record the row as added by this unit.</source>
            <translation>记录为该单位添加的行。</translation>
        </message>
        <message>
            <source>Append a row and print its 序号.</source>
            <translation>在末尾添加一行并输出其序号。</translation>
        </message>
        <message>
            <source>The option --attachment is required.</source>
            <translation>必须给出 --attachment 选项。</translation>
        </message>
        <message>
            <source>--field takes KEY=TEXT with KEY one of %1.</source>
            <translation>--field 的写法是 KEY=TEXT，KEY 为 %1 之一。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentTableReader</name>
        <message>
            <source>No attachment table was found: Tianbao looks for a table whose header row has the columns 序号, 合作项目, 项目内容, 校内单位（合作单位）, 进展与成效 and …年计划要点.</source>
            <translation>没有找到附件表格：填报查找表头含有 序号、合作项目、项目内容、校内单位（合作单位）、进展与成效 和 …年计划要点 这些列的表格。</translation>
        </message>
    </context>
    <context>
        <name>BatchMerge</name>
        <message>
            <source>The merge was cancelled; nothing was merged.</source>
            <translation>合并已取消；没有合并任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) are not resolved, so it was not merged.</source>
            <translation>
                <numerusform>有 %n 处冲突未解决，因此没有合并。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>Check only this unit's rows of 附件1.</source>
            <translation>只检查附件1中该单位的行。</translation>
        </message>
        <message>
            <source>List what is still empty; exit 0 when complete, 1 when not.</source>
            <translation>列出仍未填写的内容；填完退出码为 0，否则为 1。</translation>
        </message>
        <message>
            <source>%1 of %2 rows complete.
</source>
            <translation>%2 行中已填完 %1 行。
</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Usage: tianbao [FILE]            open the window
       tianbao COMMAND [options]  work on a form from the command line

Commands:
</source>
            <translation>用法：tianbao [文件]              打开窗口
      tianbao 命令 [选项]          在命令行中处理表格

命令：
</translation>
        </message>
        <message>
            <source>
Run 'tianbao COMMAND --help' for a command's options.
Exit codes: 0 success, 1 the check found gaps, 2 bad input or usage, 3 merge conflicts left unresolved.
</source>
            <translation>
运行 'tianbao 命令 --help' 查看该命令的选项。
退出码：0 成功，1 检查发现未填项，2 输入或用法有误，3 合并冲突未解决。
</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示本帮助。</translation>
        </message>
        <message>
            <source>Unknown command “%1”; run 'tianbao --help'.</source>
            <translation>未知命令“%1”；请运行 'tianbao --help'。</translation>
        </message>
    </context>
    <context>
        <name>CommandSupport</name>
        <message>
            <source>Give exactly one form file (see --help).</source>
            <translation>请给出且只给出一个表格文件（见 --help）。</translation>
        </message>
        <message>
            <source>Unknown attachment “%1”: use existing or new.</source>
            <translation>未知的附件“%1”：请用 existing（已有项目）或 new（新增项目）。</translation>
        </message>
        <message>
            <source>The attachment “%1” has %2 rows; there is no row %3.</source>
            <translation>附件“%1”共有 %2 行，没有第 %3 行。</translation>
        </message>
    </context>
    <context>
        <name>CompletenessCheck</name>
        <message>
            <source>%1 row %2 (%3): “%4” is empty.</source>
            <translation>%1 第 %2 行（%3）：“%4”未填写。</translation>
        </message>
        <message>
            <source>%1 has no rows: add the new projects, or mark it “无” (no new projects).</source>
            <translation>%1 没有任何行：请添加新增项目，或标记为“无”（无新增项目）。</translation>
        </message>
    </context>
    <context>
        <name>DocxPackage</name>
        <message>
            <source>The file “%1” cannot be opened for reading.</source>
            <translation>无法打开文件“%1”进行读取。</translation>
        </message>
        <message>
            <source>The file “%1” is too large (%2 MB); a form of up to %3 MB can be read.</source>
            <translation>文件“%1”太大（%2 MB）；最多只能读取 %3 MB 的表格。</translation>
        </message>
        <message>
            <source>The file “%1” is too large; a form of up to %2 MB can be read.</source>
            <translation>文件“%1”太大；最多只能读取 %2 MB 的表格。</translation>
        </message>
        <message>
            <source>This is an old Word .doc file, or a password-protected .docx: open it in Word or WPS, remove any password, and save it as a Word document (.docx).</source>
            <translation>这是旧版 Word 的 .doc 文件，或设置了密码的 .docx：请在 Word 或 WPS 中打开，去掉密码，另存为 Word 文档（.docx）。</translation>
        </message>
        <message>
            <source>This is an RTF file, not a .docx: open it in Word or WPS and save it as a Word document (.docx).</source>
            <translation>这是 RTF 文件，不是 .docx：请在 Word 或 WPS 中打开，另存为 Word 文档（.docx）。</translation>
        </message>
        <message>
            <source>This is a PDF file, not a .docx: ask the sender for the Word document (.docx).</source>
            <translation>这是 PDF 文件，不是 .docx：请向发送方索取 Word 文档（.docx）。</translation>
        </message>
        <message>
            <source>The file is a zip archive but not a Word document: it has no word/document.xml.</source>
            <translation>该文件是 zip 压缩包，但不是 Word 文档：其中没有 word/document.xml。</translation>
        </message>
    </context>
    <context>
        <name>DocxTableReader</name>
        <message>
            <source>The file is not a Word document: its main part holds no w:document.</source>
            <translation>该文件不是 Word 文档：其主体部分没有 w:document。</translation>
        </message>
        <message>
            <source>The file is refused: it has more than %1 paragraphs.</source>
            <translation>拒绝读取该文件：段落超过 %1 个。</translation>
        </message>
        <message>
            <source>The file is refused: a table row has more than %1 cells.</source>
            <translation>拒绝读取该文件：某个表格行超过 %1 个单元格。</translation>
        </message>
        <message>
            <source>The file is refused: its tables have more than %1 cells.</source>
            <translation>拒绝读取该文件：表格单元格总数超过 %1 个。</translation>
        </message>
        <message>
            <source>The file is damaged: its document part is empty.</source>
            <translation>文件已损坏：文档部分是空的。</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>The report to write: .docx, .pdf, .xlsx, .csv or .html.</source>
            <translation>要写入的报表：.docx、.pdf、.xlsx、.csv 或 .html。</translation>
        </message>
        <message>
            <source>Only this attachment: existing or new.</source>
            <translation>只导出此附件：existing（已有项目）或 new（新增项目）。</translation>
        </message>
        <message>
            <source>Only the rows of the form's unit.</source>
            <translation>只导出本表填报单位的行。</translation>
        </message>
        <message>
            <source>Write the filled table in the report layout.</source>
            <translation>按报表版式写出填好的表格。</translation>
        </message>
        <message>
            <source>Name the report to write with -o OUT.docx (or .pdf, .xlsx, .csv, .html).</source>
            <translation>请用 -o OUT.docx（或 .pdf、.xlsx、.csv、.html）指定要写入的报表。</translation>
        </message>
        <message>
            <source>Unknown report format “%1”: use one of %2.</source>
            <translation>未知的报表格式“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>The form names no unit (填报单位), so --only-unit has no rows to choose: set one with tianbao props --unit.</source>
            <translation>表格没有填写填报单位，--only-unit 无法选出本单位的行：请先用 tianbao props --unit 设置。</translation>
        </message>
    </context>
    <context>
        <name>FormFile</name>
        <message>
            <source>The file “%1” does not exist.</source>
            <translation>文件“%1”不存在。</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a form file.</source>
            <translation>“%1”是文件夹，不是表格文件。</translation>
        </message>
        <message>
            <source>The file “%1” cannot be read (%2).</source>
            <translation>无法读取文件“%1”（%2）。</translation>
        </message>
        <message>
            <source>The file “%1” is empty: it is not a Tianbao form.</source>
            <translation>文件“%1”是空的：它不是填报表格。</translation>
        </message>
        <message>
            <source>The file “%1” is not a Tianbao form.</source>
            <translation>文件“%1”不是填报表格。</translation>
        </message>
        <message>
            <source>The file “%1” is damaged: it has been cut short.</source>
            <translation>文件“%1”已损坏：内容不完整（被截断）。</translation>
        </message>
        <message>
            <source>The file “%1” is a database of another program, not a Tianbao form.</source>
            <translation>文件“%1”是其他程序的数据库，不是填报表格。</translation>
        </message>
        <message>
            <source>The file “%1” was saved by a newer version of Tianbao (file format %2; this version reads up to %3). Please update Tianbao to open it.</source>
            <translation>文件“%1”由更新版本的填报保存（文件格式 %2；本版本最高只能读取 %3）。请更新填报后再打开。</translation>
        </message>
        <message>
            <source>The file is opened read-only.</source>
            <translation>文件以只读方式打开。</translation>
        </message>
        <message>
            <source>The file is read-only.</source>
            <translation>文件是只读的。</translation>
        </message>
        <message>
            <source>The folder of the file is read-only.</source>
            <translation>文件所在的文件夹是只读的。</translation>
        </message>
        <message>
            <source>The file “%1” cannot be opened (%2).</source>
            <translation>无法打开文件“%1”（%2）。</translation>
        </message>
        <message>
            <source>The file “%1” is locked by another program. Close it there and try again.</source>
            <translation>文件“%1”被其他程序锁定。请在该程序中关闭后重试。</translation>
        </message>
        <message>
            <source>The file “%1” is damaged and cannot be read.</source>
            <translation>文件“%1”已损坏，无法读取。</translation>
        </message>
        <message>
            <source>The file “%1” is incomplete: its part “%2” is missing.</source>
            <translation>文件“%1”不完整：缺少“%2”部分。</translation>
        </message>
        <message>
            <source>The file “%1” has an older format and is read-only, so it cannot be updated. Copy it to a folder you can write to.</source>
            <translation>文件“%1”是旧格式且为只读，无法升级。请把它复制到可写的文件夹中。</translation>
        </message>
        <message>
            <source>The file “%1” could not be updated to the current format (%2).</source>
            <translation>文件“%1”无法升级到当前格式（%2）。</translation>
        </message>
        <message>
            <source>The file “%1” already exists; Tianbao does not overwrite it.</source>
            <translation>文件“%1”已存在；填报不会覆盖它。</translation>
        </message>
        <message>
            <source>The folder of “%1” does not exist.</source>
            <translation>“%1”所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>The file “%1” could not be created (%2).</source>
            <translation>无法创建文件“%1”（%2）。</translation>
        </message>
        <message>
            <source>The file “%1” could not be created.</source>
            <translation>无法创建文件“%1”。</translation>
        </message>
        <message>
            <source>The change could not be saved to “%1”: %2</source>
            <translation>修改未能保存到“%1”：%2</translation>
        </message>
        <message>
            <source>The file “%1” is read-only: %2</source>
            <translation>文件“%1”是只读的：%2</translation>
        </message>
        <message>
            <source>changes are not allowed.</source>
            <translation>不允许修改。</translation>
        </message>
        <message>
            <source>the disk is full.</source>
            <translation>磁盘已满。</translation>
        </message>
        <message>
            <source>the file is read-only.</source>
            <translation>文件是只读的。</translation>
        </message>
        <message>
            <source>another program is using the file.</source>
            <translation>其他程序正在使用该文件。</translation>
        </message>
        <message>
            <source>part of the change failed, so none of it was saved.</source>
            <translation>部分修改失败，因此整个修改都未保存。</translation>
        </message>
        <message>
            <source>There is no row %1 in the form.</source>
            <translation>表格中没有行 %1。</translation>
        </message>
        <message>
            <source>the cell could not be written.</source>
            <translation>无法写入单元格。</translation>
        </message>
        <message>
            <source>The form has no attachment “%1”.</source>
            <translation>表格中没有附件“%1”。</translation>
        </message>
        <message>
            <source>The row %1 is already in the form.</source>
            <translation>行 %1 已在表格中。</translation>
        </message>
        <message>
            <source>the row could not be added.</source>
            <translation>无法添加行。</translation>
        </message>
        <message>
            <source>the row could not be deleted.</source>
            <translation>无法删除行。</translation>
        </message>
        <message>
            <source>There is no deleted row %1 in the form.</source>
            <translation>表格中没有已删除的行 %1。</translation>
        </message>
        <message>
            <source>the row could not be restored.</source>
            <translation>无法恢复行。</translation>
        </message>
        <message>
            <source>the row could not be moved.</source>
            <translation>无法移动行。</translation>
        </message>
        <message>
            <source>the form's properties could not be written.</source>
            <translation>无法写入表格属性。</translation>
        </message>
        <message>
            <source>A copy cannot replace the form itself; choose another name.</source>
            <translation>副本不能替换表格本身，请换一个文件名。</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written: no temporary folder.</source>
            <translation>无法写入副本“%1”：没有可用的临时文件夹。</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written (%2).</source>
            <translation>无法写入副本“%1”（%2）。</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written.</source>
            <translation>无法写入副本“%1”。</translation>
        </message>
        <message>
            <source>the merged cells could not be written.</source>
            <translation>合并的单元格无法写入。</translation>
        </message>
        <message>
            <source>The file “%1” was left half-saved by a program that stopped, and it is read-only here, so it cannot be repaired. Copy it together with “%2” to a folder you can write to and open it there.</source>
            <translation>文件“%1”在程序意外停止时只保存了一半，而它在这里是只读的，因此无法修复。请把它和“%2”一起复制到可写的文件夹中再打开。</translation>
        </message>
    </context>
    <context>
        <name>FormLock</name>
        <message>
            <source>The file is already open in another window or program (%1, process %2 on %3), so it is shown read-only here.</source>
            <translation>该文件已在另一个窗口或程序中打开（%1，进程 %2，位于 %3），因此这里以只读方式显示。</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>未知程序</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>The file is already open in another window or program, so it is shown read-only here.</source>
            <translation>该文件已在另一个窗口或程序中打开，因此这里以只读方式显示。</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>The form file to create.</source>
            <translation>要创建的表格文件。</translation>
        </message>
        <message>
            <source>The unit that fills the form.</source>
            <translation>填报该表格的单位。</translation>
        </message>
        <message>
            <source>Create a form from a notice written in Word (.docx).</source>
            <translation>从 Word 写的通知（.docx）创建表格。</translation>
        </message>
        <message>
            <source>Name the form file to create with -o FILE.tianbao.</source>
            <translation>请用 -o FILE.tianbao 指定要创建的表格文件。</translation>
        </message>
        <message>
            <source>Created %1 with %2 attachments and %3 rows.
</source>
            <translation>已创建 %1，共 %2 个附件、%3 行。
</translation>
        </message>
    </context>
    <context>
        <name>LateLibrary</name>
        <message>
            <source>Tianbao could not load the library “%1”, which it needs for Word and Excel files (%2). Installing Tianbao again should mend this.</source>
            <translation>“填报”无法加载读写 Word 和 Excel 文件所需的库“%1”（%2）。重新安装“填报”即可修复。</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
        <message>
            <source>unit</source>
            <translation>填报单位</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>no new projects</source>
            <translation>无新增项目</translation>
        </message>
        <message>
            <source>%1 rows added, %2 cells filled, %3 cells changed, %4 conflicts, %5 deletions
</source>
            <translation>新增 %1 行，填入 %2 格，修改 %3 格，冲突 %4 处，删除 %5 行
</translation>
        </message>
        <message>
            <source>  conflict: %1 row %2 (%3), %4
    mine   (%5): %6
    theirs (%7): %8
</source>
            <translation>  冲突：%1 第 %2 行（%3），%4
    我的（%5）：%6
    对方（%7）：%8
</translation>
        </message>
        <message>
            <source>  kept my %1 “%2” (theirs: “%3”)
</source>
            <translation>  保留我的%1“%2”（对方：“%3”）
</translation>
        </message>
        <message>
            <source>Show what would change; change nothing.</source>
            <translation>只显示将要发生的变化，不做任何修改。</translation>
        </message>
        <message>
            <source>Settle conflicts: mine, theirs, or both (joined).</source>
            <translation>冲突的处理方式：mine（保留我的）、theirs（采用对方的）或 both（两者都保留）。</translation>
        </message>
        <message>
            <source>Match rows of a different form by 合作项目 + 校内单位.</source>
            <translation>按 合作项目 + 校内单位 匹配其他表格的行。</translation>
        </message>
        <message>
            <source>The unit a Word reply came from, when it signs none.</source>
            <translation>Word 回复未署名时，它来自哪个单位。</translation>
        </message>
        <message>
            <source>Merge colleagues' files (.tianbao, or replies filled in Word) into FILE.</source>
            <translation>把同事的文件（.tianbao，或在 Word 中填写的回复）合并到 FILE。</translation>
        </message>
        <message>
            <source>Give the form to merge into and at least one other file.</source>
            <translation>请给出要合并到的表格，以及至少一个其他文件。</translation>
        </message>
        <message>
            <source>--on-conflict takes mine, theirs or both.</source>
            <translation>--on-conflict 的取值为 mine、theirs 或 both。</translation>
        </message>
        <message>
            <source>Nothing was merged: %1 conflicts; choose with --on-conflict mine|theirs|both.
</source>
            <translation>没有合并任何内容：有 %1 处冲突；请用 --on-conflict mine|theirs|both 选择处理方式。
</translation>
        </message>
        <message>
            <source>Merged %1 files: %2 rows added, %3 cells filled, %4 cells changed, %5 conflicts settled, %6 deletions.
</source>
            <translation>已合并 %1 个文件：新增 %2 行，填入 %3 格，修改 %4 格，解决冲突 %5 处，删除 %6 行。
</translation>
        </message>
    </context>
    <context>
        <name>MergePlan</name>
        <message>
            <source>The row “%1” is in an attachment (%2) this form does not have, so it was left out.</source>
            <translation>行“%1”所在的附件（%2）本表格没有，因此未合并。</translation>
        </message>
        <message>
            <source>“%1” is not a copy of this form, so its rows cannot be matched; merge it by project name instead.</source>
            <translation>“%1”不是本表格的副本，无法匹配其中的行；请改为按项目名称合并。</translation>
        </message>
    </context>
    <context>
        <name>MergeSource</name>
        <message>
            <source>colleague</source>
            <translation>同事</translation>
        </message>
    </context>
    <context>
        <name>MergeSourceLoader</name>
        <message>
            <source>The Word reply “%1” names no unit under its table; say which unit sent it.</source>
            <translation>Word 回执“%1”的表格下方没有署名单位；请说明是哪个单位发来的。</translation>
        </message>
    </context>
    <context>
        <name>MergeTexts</name>
        <message>
            <source>Rows added: %1 · Cells filled: %2 · Cells changed: %3 · Conflicts: %4 · Rows deleted: %5</source>
            <translation>新增行：%1 · 填入单元格：%2 · 修改单元格：%3 · 冲突：%4 · 删除行：%5</translation>
        </message>
        <message>
            <source> · Rows kept: %1</source>
            <translation> · 保留行：%1</translation>
        </message>
        <message>
            <source>Unit (填报单位)</source>
            <translation>填报单位</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>No new projects (无)</source>
            <translation>无新增项目（无）</translation>
        </message>
    </context>
    <context>
        <name>Merger</name>
        <message numerus="yes">
            <source>%n conflict(s) are not resolved, so nothing was merged.</source>
            <translation>
                <numerusform>有 %n 处冲突未解决，因此没有合并任何内容。</numerusform>
            </translation>
        </message>
        <message>
            <source>The merge was cancelled; nothing was merged.</source>
            <translation>合并已取消；没有合并任何内容。</translation>
        </message>
    </context>
    <context>
        <name>NewCommand</name>
        <message>
            <source>The unit that fills the form.</source>
            <translation>填报该表格的单位。</translation>
        </message>
        <message>
            <source>Create the form of the notice (refuses to overwrite).</source>
            <translation>创建通知中的表格（不会覆盖已有文件）。</translation>
        </message>
        <message>
            <source>Created %1 with %2 projects.
</source>
            <translation>已创建 %1，共 %2 个项目。
</translation>
        </message>
    </context>
    <context>
        <name>PropsCommand</name>
        <message>
            <source>The unit that fills and signs (填报单位).</source>
            <translation>填报并署名的单位（填报单位）。</translation>
        </message>
        <message>
            <source>The signing date.</source>
            <translation>署名日期。</translation>
        </message>
        <message>
            <source>附件2 answered with 无.</source>
            <translation>附件2 填“无”。</translation>
        </message>
        <message>
            <source>Set the unit, the date and the 无 mark; prints them without options.</source>
            <translation>设置填报单位、日期和“无”标记；不带选项时显示它们。</translation>
        </message>
        <message>
            <source>--date takes a date such as 2023-12-26.</source>
            <translation>--date 的取值是日期，例如 2023-12-26。</translation>
        </message>
        <message>
            <source>--no-new-projects takes true or false.</source>
            <translation>--no-new-projects 的取值为 true 或 false。</translation>
        </message>
    </context>
    <context>
        <name>RemoveCommand</name>
        <message>
            <source>existing or new.</source>
            <translation>existing（已有项目）或 new（新增项目）。</translation>
        </message>
        <message>
            <source>The row's 序号.</source>
            <translation>该行的序号。</translation>
        </message>
        <message>
            <source>Delete a row (it is kept in the file as a tombstone).</source>
            <translation>删除一行（该行作为删除记录保留在文件中）。</translation>
        </message>
        <message>
            <source>The options --attachment and --seq are required.</source>
            <translation>必须给出 --attachment 和 --seq 选项。</translation>
        </message>
        <message>
            <source>--seq takes a row number from 1.</source>
            <translation>--seq 的取值是从 1 开始的行号。</translation>
        </message>
    </context>
    <context>
        <name>SetCommand</name>
        <message>
            <source>existing or new.</source>
            <translation>existing（已有项目）或 new（新增项目）。</translation>
        </message>
        <message>
            <source>The row's 序号 (1, 2, …).</source>
            <translation>该行的序号（1、2……）。</translation>
        </message>
        <message>
            <source>name, content, units, partners, progress or plan.</source>
            <translation>name、content、units、partners、progress 或 plan。</translation>
        </message>
        <message>
            <source>The new text; - reads it from standard input.</source>
            <translation>新的内容；写 - 则从标准输入读取。</translation>
        </message>
        <message>
            <source>Record the change as made by this unit.</source>
            <translation>记录为该单位所做的修改。</translation>
        </message>
        <message>
            <source>Edit one cell.</source>
            <translation>编辑一个单元格。</translation>
        </message>
        <message>
            <source>The option --%1 is required.</source>
            <translation>必须给出 --%1 选项。</translation>
        </message>
        <message>
            <source>--seq takes a row number from 1.</source>
            <translation>--seq 的取值是从 1 开始的行号。</translation>
        </message>
        <message>
            <source>Unknown field “%1”: use one of %2.</source>
            <translation>未知字段“%1”：请使用 %2 之一。</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Unit: %1   Date: %2   No new projects: %3
</source>
            <translation>填报单位：%1   日期：%2   无新增项目：%3
</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>输出一个 JSON 对象。</translation>
        </message>
        <message>
            <source>Print the form.</source>
            <translation>显示表格内容。</translation>
        </message>
    </context>
    <context>
        <name>WindowModule</name>
        <message>
            <source>The window could not start: %1. Reinstalling Tianbao puts its files back.</source>
            <translation>窗口无法打开：%1。重新安装“填报”即可恢复缺少的文件。</translation>
        </message>
    </context>
    <context>
        <name>XmlCursor</name>
        <message>
            <source>The file is refused: its part “%1” declares a DTD, which a Word document never needs (it may hide an entity-expansion attack).</source>
            <translation>拒绝读取该文件：其部分“%1”声明了 DTD，Word 文档从不需要它（可能隐藏实体扩展攻击）。</translation>
        </message>
        <message>
            <source>The file is damaged: its part “%1” is not well-formed XML (line %2).</source>
            <translation>文件已损坏：其部分“%1”不是格式正确的 XML（第 %2 行）。</translation>
        </message>
        <message>
            <source>The file is refused: its part “%1” is nested more than %2 levels deep.</source>
            <translation>拒绝读取该文件：其部分“%1”嵌套超过 %2 层。</translation>
        </message>
    </context>
    <context>
        <name>ZipReader</name>
        <message>
            <source>The file is damaged or incomplete (its zip directory is missing); ask the sender for the file again.</source>
            <translation>文件已损坏或不完整（缺少 zip 目录）；请让发送方重新发送。</translation>
        </message>
        <message>
            <source>The file is not a zip archive, so it is not a .docx document.</source>
            <translation>该文件不是 zip 压缩包，因此不是 .docx 文档。</translation>
        </message>
        <message>
            <source>There is not enough memory to open the file.</source>
            <translation>内存不足，无法打开该文件。</translation>
        </message>
        <message>
            <source>The file is damaged: its zip structure is inconsistent.</source>
            <translation>文件已损坏：其 zip 结构不一致。</translation>
        </message>
        <message>
            <source>The file is too large (%1 MB); a form of up to %2 MB can be read.</source>
            <translation>文件太大（%1 MB）；最多只能读取 %2 MB 的表格。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <source>The file holds more than %1 parts, far more than a Word document has; it was not read.</source>
            <translation>文件包含超过 %1 个部分，远多于 Word 文档应有的数量；未读取。</translation>
        </message>
        <message>
            <source>The file has no part named “%1”.</source>
            <translation>文件中没有名为“%1”的部分。</translation>
        </message>
        <message>
            <source>The file is damaged: the part “%1” cannot be read.</source>
            <translation>文件已损坏：无法读取部分“%1”。</translation>
        </message>
        <message>
            <source>The part “%1” of the file is encrypted and cannot be read.</source>
            <translation>文件的部分“%1”已加密，无法读取。</translation>
        </message>
        <message>
            <source>The part “%1” of the file inflates far beyond its compressed size or the size a form may have (a zip bomb?), so it was not read.</source>
            <translation>文件的部分“%1”解压后远大于压缩大小或表格可能的大小（可能是 zip 炸弹），因此未读取。</translation>
        </message>
        <message>
            <source>The part “%1” of the file uses a compression or encryption Tianbao cannot read.</source>
            <translation>文件的部分“%1”使用了填报无法读取的压缩或加密方式。</translation>
        </message>
        <message>
            <source>The file is damaged: the part “%1” fails to inflate or its checksum.</source>
            <translation>文件已损坏：部分“%1”解压失败或校验和错误。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::BatchMergeDialog</name>
        <message>
            <source>Merge %1 Files</source>
            <translation>合并 %1 个文件</translation>
        </message>
        <message>
            <source>Each file is merged in turn, in one step that Edit &gt; Undo takes back. Afterwards an overview lists each unit.</source>
            <translation>逐个合并每个文件，整批合并是一步操作，可用“编辑 &gt; 撤销”整体撤回。合并后会列出各单位的概览。</translation>
        </message>
        <message>
            <source>Skip that file (merge it alone later)</source>
            <translation>跳过该文件（稍后单独合并）</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>采用对方的</translation>
        </message>
        <message>
            <source>Keep both (joined, with the unit's name)</source>
            <translation>两者都保留（连在一起，并注明单位）</translation>
        </message>
        <message>
            <source>When a file has conflicts:</source>
            <translation>文件有冲突时：</translation>
        </message>
        <message>
            <source>Match rows by project name and unit (for files of another form)</source>
            <translation>按项目名称和单位匹配行（用于其他表格的文件）</translation>
        </message>
        <message>
            <source>&amp;Merge All</source>
            <translation>全部合并(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>tianbao::BatchOverviewDialog</name>
        <message>
            <source>%1 of %2 files merged: %3 rows added, %4 cells filled, %5 cells changed, %6 conflicts settled.</source>
            <translation>已合并 %2 个文件中的 %1 个：新增 %3 行，填入 %4 个单元格，修改 %5 个单元格，处理 %6 个冲突。</translation>
        </message>
        <message>
            <source>Merged Files</source>
            <translation>合并结果</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Rows added</source>
            <translation>新增行</translation>
        </message>
        <message>
            <source>Cells filled</source>
            <translation>填入单元格</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>附件2 无</source>
            <translation>附件2 无</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>已合并</translation>
        </message>
        <message>
            <source>Merged; %1 conflict(s) settled</source>
            <translation>已合并；处理了 %1 个冲突</translation>
        </message>
        <message>
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Filled %1/%2</source>
            <translation>已填 %1/%2</translation>
        </message>
        <message>
            <source>Unit's rows filled</source>
            <translation>本单位已填</translation>
        </message>
        <message>
            <source>Not merged: %1 conflict(s) to decide. Merge this file alone, or choose what to do with conflicts before the batch.</source>
            <translation>未合并：有 %1 个冲突待处理。请单独合并此文件，或在批量合并前选择冲突的处理方式。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::CellEditorDelegate</name>
        <message>
            <source>To be filled</source>
            <translation>待填写</translation>
        </message>
    </context>
    <context>
        <name>tianbao::CellHistoryDialog</name>
        <message>
            <source>from the notice</source>
            <translation>来自通知</translation>
        </message>
        <message>
            <source>typed</source>
            <translation>录入</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>%1 的历史</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>The current value</source>
            <translation>当前内容</translation>
        </message>
        <message>
            <source>&amp;Copy Value</source>
            <translation>复制内容(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>tianbao::CheckDialog</name>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>all rows</source>
            <translation>全部行</translation>
        </message>
        <message>
            <source>Nothing is missing (%1).</source>
            <translation>没有缺漏（%1）。</translation>
        </message>
        <message>
            <source>Every row of %1 is filled.</source>
            <translation>%1 的每一行都已填写。</translation>
        </message>
        <message>
            <source>Still to fill (%1): %2. Double-click or press Enter to go to one.</source>
            <translation>待填写（%1）：%2 处。双击或按回车键跳转到该处。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::CsvWriter</name>
        <message>
            <source>Could not write the CSV text: %1.</source>
            <translation>无法写入 CSV 文本：%1。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::DocxWriter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ExportController</name>
        <message>
            <source>Export for &amp;Submission…</source>
            <translation>导出提交(&amp;S)…</translation>
        </message>
        <message>
            <source>Check, then save the Word file to send (Ctrl+E)</source>
            <translation>先检查，再保存要报送的 Word 文件（Ctrl+E）</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the report as Word, PDF, Excel, CSV or a web page</source>
            <translation>把报表保存为 Word、PDF、Excel、CSV 或网页</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Replace File</source>
            <translation>替换文件</translation>
        </message>
        <message>
            <source>“%1” already exists in this folder. Replace it?</source>
            <translation>此文件夹中已有“%1”。要替换吗？</translation>
        </message>
        <message>
            <source>Cannot Open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>正在导出</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，没有写入任何文件。</translation>
        </message>
        <message>
            <source>Not Exported</source>
            <translation>未能导出</translation>
        </message>
        <message>
            <source>Not Printed</source>
            <translation>未能打印</translation>
        </message>
        <message>
            <source>Laying Out the Pages</source>
            <translation>正在排版</translation>
        </message>
        <message>
            <source>Laying out the pages was cancelled.</source>
            <translation>已取消排版。</translation>
        </message>
        <message>
            <source>Preparing the print preview…</source>
            <translation>正在准备打印预览…</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>正在打印</translation>
        </message>
        <message>
            <source>Printing was cancelled; the pages already sent stay with the printer.</source>
            <translation>已取消打印；已发送的页面仍会打印。</translation>
        </message>
        <message>
            <source>Printing the pages…</source>
            <translation>正在打印页面…</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>The pages could not be laid out for the preview.</source>
            <translation>无法为打印预览排版。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ExportDialog</name>
        <message>
            <source>Word document</source>
            <translation>Word 文档</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>CSV (comma-separated values)</source>
            <translation>CSV（逗号分隔值）</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>网页</translation>
        </message>
        <message>
            <source>&amp;All rows</source>
            <translation>全部行(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>&amp;Both</source>
            <translation>两个附件(&amp;B)</translation>
        </message>
        <message>
            <source>A&amp;ll</source>
            <translation>全部附件(&amp;L)</translation>
        </message>
        <message>
            <source>Only my &amp;unit's rows (no unit set)</source>
            <translation>仅本单位的行(&amp;U)（未设置填报单位）</translation>
        </message>
        <message>
            <source>Only the rows of &amp;%1</source>
            <translation>仅“%1”的行(&amp;U)</translation>
        </message>
        <message>
            <source>Attachments:</source>
            <translation>附件：</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>行：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>The file name must end in .%1.</source>
            <translation>文件名必须以 .%1 结尾。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ExportDoneDialog</name>
        <message>
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <source>Saved in %1:</source>
            <translation>已保存到 %1：</translation>
        </message>
        <message>
            <source>The notice gives no reply address: send the file(s) as the notice asks.</source>
            <translation>通知中没有报送邮箱：请按通知的要求报送文件。</translation>
        </message>
        <message>
            <source>Send them to &lt;b&gt;%1&lt;/b&gt;. “Write Email” starts a message with the address and subject filled in; attach the file(s) yourself.</source>
            <translation>请发送到 &lt;b&gt;%1&lt;/b&gt;。“写邮件”会新建一封已填好收件人和主题的邮件；附件需要您自己添加。</translation>
        </message>
        <message>
            <source>Open &amp;Folder</source>
            <translation>打开文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>Write &amp;Email</source>
            <translation>写邮件(&amp;E)</translation>
        </message>
        <message>
            <source>The folder %1 could not be opened.</source>
            <translation>无法打开文件夹 %1。</translation>
        </message>
        <message>
            <source>No email program could be started. Send the file(s) to %1 yourself.</source>
            <translation>无法启动邮件程序。请自行把文件发送到 %1。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::FileChangeController</name>
        <message>
            <source>Reload the file or save a copy first.</source>
            <translation>请先重新载入文件或另存副本。</translation>
        </message>
        <message>
            <source>Cannot Reload</source>
            <translation>无法重新载入</translation>
        </message>
        <message>
            <source>%1 (my version).%2</source>
            <translation>%1（我的版本）.%2</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source>Tianbao forms (*.%1)</source>
            <translation>填报表格 (*.%1)</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written: no temporary folder.</source>
            <translation>无法写入副本“%1”：没有临时文件夹。</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written (%2).</source>
            <translation>无法写入副本“%1”（%2）。</translation>
        </message>
        <message>
            <source>Copy Not Saved</source>
            <translation>副本未保存</translation>
        </message>
        <message>
            <source>Your version was saved as %1 and is open now.</source>
            <translation>您的版本已另存为 %1，现已打开。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::FileChangeMonitor</name>
        <message>
            <source>Another program changed “%1”.</source>
            <translation>其他程序修改了“%1”。</translation>
        </message>
        <message>
            <source>Another program replaced “%1” with another version.</source>
            <translation>其他程序用另一个版本替换了“%1”。</translation>
        </message>
        <message>
            <source>“%1” was deleted or moved by another program.</source>
            <translation>“%1”已被其他程序删除或移走。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::FileChangedBar</name>
        <message>
            <source>%1 Nothing more is saved here until you choose: reload the file as it is now, or save what this window shows as a copy.</source>
            <translation>%1在您选择之前不会再保存任何修改：重新载入文件的当前内容，或把本窗口显示的内容另存为副本。</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新载入</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>另存副本…</translation>
        </message>
    </context>
    <context>
        <name>tianbao::FormDocument</name>
        <message>
            <source>delete row %1 “%2”</source>
            <translation>删除第 %1 行“%2”</translation>
        </message>
        <message>
            <source>move row %1 up</source>
            <translation>上移第 %1 行</translation>
        </message>
        <message>
            <source>move row %1 down</source>
            <translation>下移第 %1 行</translation>
        </message>
        <message>
            <source>duplicate row %1</source>
            <translation>复制第 %1 行</translation>
        </message>
        <message>
            <source>change the unit</source>
            <translation>修改填报单位</translation>
        </message>
        <message>
            <source>change the date</source>
            <translation>修改日期</translation>
        </message>
        <message>
            <source>change “no new projects”</source>
            <translation>修改“无新增项目”</translation>
        </message>
        <message>
            <source>edit “%1” in row %2</source>
            <translation>编辑第 %2 行的“%1”</translation>
        </message>
    </context>
    <context>
        <name>tianbao::HtmlWriter</name>
        <message>
            <source>Could not write the HTML page: %1.</source>
            <translation>无法写入 HTML 网页：%1。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::JobProgressDialog</name>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>tianbao::MainWindow</name>
        <message>
            <source>Tianbao forms (*.%1);;All files (*)</source>
            <translation>填报表格 (*.%1);;所有文件 (*)</translation>
        </message>
        <message>
            <source>About Tianbao</source>
            <translation>关于填报</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Tianbao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fills in the tables of a notice, checks what is missing, and saves every change at once.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;填报 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;填写通知所附的表格，检查缺漏，每处修改都立即保存。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <source>&amp;New Form…</source>
            <translation>新建表格(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>另存副本(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Properties…</source>
            <translation>属性(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Add Row</source>
            <translation>添加行(&amp;A)</translation>
        </message>
        <message>
            <source>Add a row at the end</source>
            <translation>在末尾添加一行</translation>
        </message>
        <message>
            <source>Insert Row A&amp;bove</source>
            <translation>在上方插入行(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Insert Row Below</source>
            <translation>在下方插入行(&amp;I)</translation>
        </message>
        <message>
            <source>D&amp;uplicate Row</source>
            <translation>复制行(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete Row…</source>
            <translation>删除行(&amp;D)…</translation>
        </message>
        <message>
            <source>Move Row &amp;Up</source>
            <translation>上移行(&amp;U)</translation>
        </message>
        <message>
            <source>Move Row Do&amp;wn</source>
            <translation>下移行(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Only My Unit</source>
            <translation>只看本单位(&amp;O)</translation>
        </message>
        <message>
            <source>Show only the rows of the form's unit</source>
            <translation>只显示本表格填报单位的行</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>检查(&amp;C)</translation>
        </message>
        <message>
            <source>List what is still missing</source>
            <translation>列出仍未填写的内容</translation>
        </message>
        <message>
            <source>&amp;About Tianbao</source>
            <translation>关于填报(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>搜索 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cannot Open the Form</source>
            <translation>无法打开表格</translation>
        </message>
        <message>
            <source>Cannot Create the Form</source>
            <translation>无法创建表格</translation>
        </message>
        <message>
            <source>New Form</source>
            <translation>新建表格</translation>
        </message>
        <message>
            <source>Your unit (填报单位), as it appears in the notice:</source>
            <translation>您的单位（填报单位），与通知中的写法一致：</translation>
        </message>
        <message>
            <source>Save the New Form As</source>
            <translation>新表格保存为</translation>
        </message>
        <message>
            <source>Open a Form</source>
            <translation>打开表格</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销(&amp;U)：%1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做(&amp;R)：%1</translation>
        </message>
        <message>
            <source>Tianbao</source>
            <translation>填报</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1（只读）</translation>
        </message>
        <message>
            <source>%1 — Tianbao</source>
            <translation>%1 — 填报</translation>
        </message>
        <message>
            <source>Unit: %1</source>
            <translation>填报单位：%1</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>日期：%1</translation>
        </message>
        <message>
            <source>Due: %1</source>
            <translation>截止：%1</translation>
        </message>
        <message>
            <source>Reply to: %1</source>
            <translation>报送邮箱：%1</translation>
        </message>
        <message>
            <source>Filled %1/%2</source>
            <translation>已填 %1/%2</translation>
        </message>
        <message>
            <source>Nothing is missing.</source>
            <translation>没有缺漏。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>change the form's properties</source>
            <translation>修改表格属性</translation>
        </message>
        <message>
            <source>insert row %1</source>
            <translation>插入第 %1 行</translation>
        </message>
        <message>
            <source>Delete row %1 “%2” of %3? Edit &gt; Undo brings it back.</source>
            <translation>删除%3的第 %1 行“%2”吗？可以用“编辑 &gt; 撤销”恢复。</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（无名称）</translation>
        </message>
        <message>
            <source>Delete Row</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>%1 (copy).%2</source>
            <translation>%1（副本）.%2</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source>Copy Not Saved</source>
            <translation>副本未保存</translation>
        </message>
        <message>
            <source>A copy was saved as %1.</source>
            <translation>副本已保存为 %1。</translation>
        </message>
        <message>
            <source>What you typed is not lost: it has been copied to the clipboard.</source>
            <translation>您输入的内容没有丢失：已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Change Not Saved</source>
            <translation>修改未保存</translation>
        </message>
        <message>
            <source>Still to fill: %1. Tools &gt; Check lists them.</source>
            <translation>待填写：%1 处。“工具 &gt; 检查”可列出。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::MergeController</name>
        <message>
            <source>&amp;Merge a Colleague's File…</source>
            <translation>合并同事的文件(&amp;M)…</translation>
        </message>
        <message>
            <source>Bring in what colleagues or units filled in: Tianbao forms or Word replies, one or many (Ctrl+M)</source>
            <translation>合并同事或各单位填写的内容：填报表格或 Word 回执，一个或多个（Ctrl+M）</translation>
        </message>
        <message>
            <source>&amp;History of This Cell…</source>
            <translation>此单元格的历史(&amp;H)…</translation>
        </message>
        <message>
            <source>Every value the cell had, who set it and when</source>
            <translation>该单元格的每一个取值、填写单位和时间</translation>
        </message>
        <message>
            <source>Merge a Colleague's File</source>
            <translation>合并同事的文件</translation>
        </message>
        <message>
            <source>Tianbao forms and Word replies (*.tianbao *.docx);;Tianbao forms (*.tianbao);;Word replies (*.docx);;All files (*)</source>
            <translation>填报表格和 Word 回执 (*.tianbao *.docx);;填报表格 (*.tianbao);;Word 回执 (*.docx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Not Merged</source>
            <translation>未合并</translation>
        </message>
        <message>
            <source>Match its rows by project name and unit instead?</source>
            <translation>改为按项目名称和单位匹配它的行吗？</translation>
        </message>
        <message>
            <source>Merge by Project Name</source>
            <translation>按项目名称合并</translation>
        </message>
        <message>
            <source>Which Unit Sent It?</source>
            <translation>是哪个单位发来的？</translation>
        </message>
        <message>
            <source>The Word reply “%1” names no unit under its table. Which unit sent it?</source>
            <translation>Word 回执“%1”的表格下方没有署名单位。它是哪个单位发来的？</translation>
        </message>
        <message>
            <source>The form changed while the preview was open; this is the merge as it would be now.</source>
            <translation>预览期间表格有了改动；以下是按现在的表格重新计算的合并。</translation>
        </message>
        <message>
            <source>merge “%1”</source>
            <translation>合并“%1”</translation>
        </message>
        <message>
            <source>Merged “%1”. %2</source>
            <translation>已合并“%1”。%2</translation>
        </message>
        <message>
            <source>Merging</source>
            <translation>正在合并</translation>
        </message>
        <message>
            <source>Merging %1 files…</source>
            <translation>正在合并 %1 个文件…</translation>
        </message>
        <message>
            <source>Merged %1 of %2: %3</source>
            <translation>已合并 %1/%2：%3</translation>
        </message>
        <message>
            <source>The merge was cancelled; nothing was merged.</source>
            <translation>合并已取消；没有合并任何内容。</translation>
        </message>
        <message>
            <source>merge %1 files</source>
            <translation>合并 %1 个文件</translation>
        </message>
        <message>
            <source>Choose a cell to see its history.</source>
            <translation>请先选择一个单元格再查看其历史。</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>正在读取“%1”…</translation>
        </message>
        <message>
            <source>Merging “%1”…</source>
            <translation>正在合并“%1”…</translation>
        </message>
        <message>
            <source>Cancel came too late: “%1” was already merged; Undo takes it back. %2</source>
            <translation>取消晚了一步：“%1”已经合并；可用“撤销”恢复。%2</translation>
        </message>
        <message>
            <source>Undoing the %1…</source>
            <translation>正在撤销%1…</translation>
        </message>
        <message>
            <source>Redoing the %1…</source>
            <translation>正在重做%1…</translation>
        </message>
        <message>
            <source>No form is open.</source>
            <translation>没有打开的表格。</translation>
        </message>
        <message>
            <source>Reading the Word replies…</source>
            <translation>正在读取 Word 回执…</translation>
        </message>
        <message>
            <source>The form can no longer be written to; nothing was merged.</source>
            <translation>表格已无法写入；未合并任何内容。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::MergePreviewDialog</name>
        <message>
            <source>Row added</source>
            <translation>新增行</translation>
        </message>
        <message>
            <source>Cell filled</source>
            <translation>填入</translation>
        </message>
        <message>
            <source>Cell changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Row deleted</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Row brought back</source>
            <translation>恢复行</translation>
        </message>
        <message>
            <source>Row kept</source>
            <translation>保留行</translation>
        </message>
        <message>
            <source>Merge “%1”</source>
            <translation>合并“%1”</translation>
        </message>
        <message>
            <source>What merging “%1” would change in this form. Nothing has changed yet.</source>
            <translation>合并“%1”将对本表格做出的改动。目前尚未做任何改动。</translation>
        </message>
        <message>
            <source>What merging “%1” from %2 would change in this form. Nothing has changed yet.</source>
            <translation>合并%2的“%1”将对本表格做出的改动。目前尚未做任何改动。</translation>
        </message>
        <message>
            <source>Changes (untick what should not come in)</source>
            <translation>改动（取消勾选不想合并的项）</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>改动</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>对方的内容</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>我的内容</translation>
        </message>
        <message>
            <source>Conflicts: both sides changed these cells</source>
            <translation>冲突：双方都修改了这些单元格</translation>
        </message>
        <message>
            <source>Resolve all:</source>
            <translation>全部处理为：</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Take Theirs</source>
            <translation>采用对方的</translation>
        </message>
        <message>
            <source>Keep Both</source>
            <translation>两者都保留</translation>
        </message>
        <message>
            <source>%1 differs: yours “%2”, theirs “%3” (yours stays).</source>
            <translation>%1不同：我的为“%2”，对方为“%3”（保留我的）。</translation>
        </message>
        <message>
            <source>&amp;Apply Merge</source>
            <translation>应用合并(&amp;A)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>From %1, %2</source>
            <translation>来自%1，%2</translation>
        </message>
        <message>
            <source>Nothing to merge: this form already has everything in that file.</source>
            <translation>没有需要合并的内容：该文件中的一切本表格都已包含。</translation>
        </message>
        <message>
            <source>Only the conflicts below.</source>
            <translation>只有下面的冲突。</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>采用对方的</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>两者都保留</translation>
        </message>
        <message>
            <source>Mine, a line break, then theirs after 【%1】</source>
            <translation>先是我的内容，换行，再是【%1】和对方的内容</translation>
        </message>
        <message>
            <source>Decide the %1 conflict(s) to apply the merge.</source>
            <translation>请先处理 %1 个冲突，再应用合并。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::NoticeImportController</name>
        <message>
            <source>&amp;Import a Word Notice…</source>
            <translation>从Word通知导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Make a new form from the notice the office sent as a .docx</source>
            <translation>用主管部门发来的 .docx 通知新建表格</translation>
        </message>
        <message>
            <source>Import a Word Notice</source>
            <translation>从Word通知导入</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;All files (*)</source>
            <translation>Word 文档 (*.docx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Not Imported</source>
            <translation>未导入</translation>
        </message>
        <message>
            <source>Your unit (填报单位), as it appears in the notice:</source>
            <translation>您的单位（填报单位），与通知中的写法一致：</translation>
        </message>
        <message>
            <source>Save the New Form As</source>
            <translation>新表格另存为</translation>
        </message>
        <message>
            <source>Tianbao forms (*.%1);;All files (*)</source>
            <translation>填报表格 (*.%1);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>正在读取“%1”…</translation>
        </message>
        <message>
            <source>The import was cancelled; no form was made.</source>
            <translation>已取消导入，未新建表格。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::PdfWriter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>Could not start a PDF page.</source>
            <translation>无法开始新的 PDF 页面。</translation>
        </message>
        <message>
            <source>Could not write the PDF: %1.</source>
            <translation>无法写入 PDF：%1。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::PropertiesDialog</name>
        <message>
            <source>Form Properties</source>
            <translation>表格属性</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>填报单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>This unit has &amp;no new projects (附件2: 无)</source>
            <translation>本单位无新增项目（附件2：无）(&amp;N)</translation>
        </message>
        <message>
            <source>Notice: %1 (%2, %3)</source>
            <translation>通知：%1（%2，%3）</translation>
        </message>
        <message>
            <source>Due: %1</source>
            <translation>截止：%1</translation>
        </message>
        <message>
            <source>Reply to: %1</source>
            <translation>报送邮箱：%1</translation>
        </message>
        <message>
            <source>Contact: %1 %2</source>
            <translation>联系人：%1 %2</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ReadOnlyBar</name>
        <message>
            <source>Read-only: %1 Changes are not possible; a copy can be saved and edited.</source>
            <translation>只读：%1无法修改；可以另存副本后编辑。</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>另存副本…</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ReportExporter</name>
        <message>
            <source>Cannot export to %1: the file name must end in %2.</source>
            <translation>无法导出到 %1：文件名必须以 %2 结尾。</translation>
        </message>
        <message>
            <source>Cannot write %1 (%2); any existing file was left unchanged.</source>
            <translation>无法写入 %1（%2）；原有文件保持不变。</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Unknown report format.</source>
            <translation>未知的报表格式。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ReportPreviewDialog</name>
        <message>
            <source>Fit &amp;Width</source>
            <translation>适合宽度(&amp;W)</translation>
        </message>
        <message>
            <source>Whole Pa&amp;ge</source>
            <translation>整页(&amp;G)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>页码</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>页，共 %1 页</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>第</translation>
        </message>
        <message>
            <source>of %1 so far (laying out…)</source>
            <translation>页，已排好 %1 页（正在排版…）</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ReportPrinting</name>
        <message>
            <source>The printer could not be started.</source>
            <translation>无法启动打印机。</translation>
        </message>
        <message>
            <source>The printer refused a page.</source>
            <translation>打印机拒绝了一页。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::RowFormPane</name>
        <message>
            <source>%1, row %2</source>
            <translation>%1 第 %2 行</translation>
        </message>
        <message>
            <source>To be filled</source>
            <translation>待填写</translation>
        </message>
        <message>
            <source>Select a row to see it here.</source>
            <translation>选择一行，在此查看和填写。</translation>
        </message>
        <message>
            <source>Characters: %1</source>
            <translation>字数：%1</translation>
        </message>
        <message>
            <source>[This cell holds %1 characters, too many to edit here; the first %2 are shown.]
</source>
            <translation>［此单元格有 %1 个字，太多，无法在此编辑；仅显示前 %2 个字。］
</translation>
        </message>
    </context>
    <context>
        <name>tianbao::SaveFiles</name>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>文件无法写入</translation>
        </message>
    </context>
    <context>
        <name>tianbao::SubmissionDialog</name>
        <message>
            <source>C&amp;hange…</source>
            <translation>更改(&amp;H)…</translation>
        </message>
        <message>
            <source>Export for Submission</source>
            <translation>导出提交</translation>
        </message>
        <message>
            <source>all rows</source>
            <translation>全部行</translation>
        </message>
        <message>
            <source>Everything is filled in (%1).</source>
            <translation>已全部填写（%1）。</translation>
        </message>
        <message>
            <source>Still missing (%1): %2.</source>
            <translation>尚未填写（%1）：%2 处。</translation>
        </message>
        <message>
            <source>You can export now and send the rest later, or go back and fill them in.</source>
            <translation>可以现在导出、稍后补报，也可以返回补填。</translation>
        </message>
        <message>
            <source>Also save a &amp;PDF beside it</source>
            <translation>同时在旁边保存 &amp;PDF</translation>
        </message>
        <message>
            <source>Word file:</source>
            <translation>Word 文件：</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Export Anyway</source>
            <translation>仍然导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Go to First Gap</source>
            <translation>转到第一处未填(&amp;G)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>All rows (no unit is set in the properties).</source>
            <translation>全部行（属性中尚未设置填报单位）。</translation>
        </message>
        <message>
            <source>The %1 rows of %2, numbered as in the notice.</source>
            <translation>%2的 %1 行，序号与通知一致。</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>内容：</translation>
        </message>
    </context>
    <context>
        <name>tianbao::SubmissionNames</name>
        <message>
            <source>Hello,</source>
            <translation>您好！</translation>
        </message>
        <message>
            <source>Attached is our reply to “%1”.</source>
            <translation>附件是我们报送的《%1》，请查收。</translation>
        </message>
        <message>
            <source>Attached is the reply of %1 to “%2”.</source>
            <translation>附件是%1报送的《%2》，请查收。</translation>
        </message>
        <message>
            <source>Attachments:</source>
            <translation>附件：</translation>
        </message>
    </context>
    <context>
        <name>tianbao::WelcomePage</name>
        <message>
            <source>Tianbao</source>
            <translation>填报</translation>
        </message>
        <message>
            <source>Fill in the tables of a notice: the projects of your unit, their progress and results, and the key points of next year's plan. Every change is saved as you type.</source>
            <translation>填写通知所附的表格：本单位的项目、进展与成效，以及下一年的计划要点。每处修改都在输入时自动保存。</translation>
        </message>
        <message>
            <source>&amp;New Form from the Notice…</source>
            <translation>按通知新建表格(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Recent files:</source>
            <translation>最近的文件(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>tianbao::XlsxWriter</name>
        <message>
            <source>Could not create a temporary file for the workbook: no temporary folder.</source>
            <translation>无法为工作簿创建临时文件：没有临时文件夹。</translation>
        </message>
        <message>
            <source>Could not create a temporary file for the workbook: %1.</source>
            <translation>无法为工作簿创建临时文件：%1。</translation>
        </message>
        <message>
            <source>Could not start the workbook.</source>
            <translation>无法开始生成工作簿。</translation>
        </message>
        <message>
            <source>Could not write the workbook: %1.</source>
            <translation>无法写入工作簿：%1。</translation>
        </message>
        <message>
            <source>Could not read the temporary workbook back: %1.</source>
            <translation>无法读回临时工作簿：%1。</translation>
        </message>
        <message>
            <source>Could not write the workbook in the temporary folder %1: %2.</source>
            <translation>无法在临时文件夹 %1 中写入工作簿：%2。</translation>
        </message>
        <message>
            <source>Could not write the workbook: the temporary folder %1 is full or refused the file.</source>
            <translation>无法写入工作簿：临时文件夹 %1 已满或拒绝写入。</translation>
        </message>
    </context>
    <context>
        <name>tianbao::ZipWriter</name>
        <message>
            <source>Could not build the zip archive.</source>
            <translation>无法生成 zip 压缩包。</translation>
        </message>
        <message>
            <source>Could not write the archive: %1.</source>
            <translation>无法写入压缩包：%1。</translation>
        </message>
    </context>
</TS>
