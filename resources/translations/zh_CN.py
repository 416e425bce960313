# The Chinese words for every source text, by context. fill_ts.py writes them into the .ts.
T = {}
def ctx(name, pairs):
    for source, target in pairs:
        T[(name, source)] = target

ctx('CompletenessCheck', [
 ('%1 row %2 (%3): “%4” is empty.', '%1 第 %2 行（%3）：“%4”未填写。'),
 ('%1 has no rows: add the new projects, or mark it “无” (no new projects).', '%1 没有任何行：请添加新增项目，或标记为“无”（无新增项目）。'),
])
ctx('FormFile', [
 ('The file “%1” does not exist.', '文件“%1”不存在。'),
 ('“%1” is a folder, not a form file.', '“%1”是文件夹，不是表格文件。'),
 ('The file “%1” cannot be read (%2).', '无法读取文件“%1”（%2）。'),
 ('The file “%1” is empty: it is not a Tianbao form.', '文件“%1”是空的：它不是填报表格。'),
 ('The file “%1” is not a Tianbao form.', '文件“%1”不是填报表格。'),
 ('The file “%1” is damaged: it has been cut short.', '文件“%1”已损坏：内容不完整（被截断）。'),
 ('The file “%1” is a database of another program, not a Tianbao form.', '文件“%1”是其他程序的数据库，不是填报表格。'),
 ('The file “%1” was saved by a newer version of Tianbao (file format %2; this version reads up to %3). Please update Tianbao to open it.', '文件“%1”由更新版本的填报保存（文件格式 %2；本版本最高只能读取 %3）。请更新填报后再打开。'),
 ('The file is opened read-only.', '文件以只读方式打开。'),
 ('The file is read-only.', '文件是只读的。'),
 ('The folder of the file is read-only.', '文件所在的文件夹是只读的。'),
 ('The file “%1” cannot be opened (%2).', '无法打开文件“%1”（%2）。'),
 ('The file “%1” is locked by another program. Close it there and try again.', '文件“%1”被其他程序锁定。请在该程序中关闭后重试。'),
 ('The file “%1” is damaged and cannot be read.', '文件“%1”已损坏，无法读取。'),
 ('The file “%1” is incomplete: its part “%2” is missing.', '文件“%1”不完整：缺少“%2”部分。'),
 ('The file “%1” has an older format and is read-only, so it cannot be updated. Copy it to a folder you can write to.', '文件“%1”是旧格式且为只读，无法升级。请把它复制到可写的文件夹中。'),
 ('The file “%1” could not be updated to the current format (%2).', '文件“%1”无法升级到当前格式（%2）。'),
 ('The file “%1” already exists; Tianbao does not overwrite it.', '文件“%1”已存在；填报不会覆盖它。'),
 ('The folder of “%1” does not exist.', '“%1”所在的文件夹不存在。'),
 ('The file “%1” could not be created (%2).', '无法创建文件“%1”（%2）。'),
 ('The file “%1” could not be created.', '无法创建文件“%1”。'),
 ('The change could not be saved to “%1”: %2', '修改未能保存到“%1”：%2'),
 ('The file “%1” is read-only: %2', '文件“%1”是只读的：%2'),
 ('changes are not allowed.', '不允许修改。'),
 ('the disk is full.', '磁盘已满。'),
 ('the file is read-only.', '文件是只读的。'),
 ('another program is using the file.', '其他程序正在使用该文件。'),
 ('part of the change failed, so none of it was saved.', '部分修改失败，因此整个修改都未保存。'),
 ('There is no row %1 in the form.', '表格中没有行 %1。'),
 ('the cell could not be written.', '无法写入单元格。'),
 ('The form has no attachment “%1”.', '表格中没有附件“%1”。'),
 ('The row %1 is already in the form.', '行 %1 已在表格中。'),
 ('the row could not be added.', '无法添加行。'),
 ('the row could not be deleted.', '无法删除行。'),
 ('There is no deleted row %1 in the form.', '表格中没有已删除的行 %1。'),
 ('the row could not be restored.', '无法恢复行。'),
 ('the row could not be moved.', '无法移动行。'),
 ("the form's properties could not be written.", '无法写入表格属性。'),
 ('A copy cannot replace the form itself; choose another name.', '副本不能替换表格本身，请换一个文件名。'),
 ('The copy “%1” could not be written: no temporary folder.', '无法写入副本“%1”：没有可用的临时文件夹。'),
 ('The copy “%1” could not be written (%2).', '无法写入副本“%1”（%2）。'),
 ('The copy “%1” could not be written.', '无法写入副本“%1”。'),
])
ctx('FormLock', [
 ('The file is already open in another window or program (%1, process %2 on %3), so it is shown read-only here.', '该文件已在另一个窗口或程序中打开（%1，进程 %2，位于 %3），因此这里以只读方式显示。'),
 ('unknown program', '未知程序'),
 ('this computer', '本机'),
 ('The file is already open in another window or program, so it is shown read-only here.', '该文件已在另一个窗口或程序中打开，因此这里以只读方式显示。'),
])
ctx('tianbao::CellEditorDelegate', [
 ('To be filled', '待填写'),
])
ctx('tianbao::CheckDialog', [
 ('Check', '检查'),
 ('all rows', '全部行'),
 ('Nothing is missing (%1).', '没有缺漏（%1）。'),
 ('Every row of %1 is filled.', '%1 的每一行都已填写。'),
 ('Still to fill (%1): %2. Double-click or press Enter to go to one.', '待填写（%1）：%2 处。双击或按回车键跳转到该处。'),
])
ctx('tianbao::FormDocument', [
 ('delete row %1 “%2”', '删除第 %1 行“%2”'),
 ('move row %1 up', '上移第 %1 行'),
 ('move row %1 down', '下移第 %1 行'),
 ('duplicate row %1', '复制第 %1 行'),
 ('change the unit', '修改填报单位'),
 ('change the date', '修改日期'),
 ('change “no new projects”', '修改“无新增项目”'),
 ('edit “%1” in row %2', '编辑第 %2 行的“%1”'),
])
ctx('tianbao::MainWindow', [
 ('Tianbao forms (*.%1);;All files (*)', '填报表格 (*.%1);;所有文件 (*)'),
 ('About Tianbao', '关于填报'),
 ('<p><b>Tianbao %1</b></p><p>Fills in the tables of a notice, checks what is missing, and saves every change at once.</p>', '<p><b>填报 %1</b></p><p>填写通知所附的表格，检查缺漏，每处修改都立即保存。</p>'),
 ('&File', '文件(&F)'),
 ('Open &Recent', '最近打开(&R)'),
 ('&Import', '导入(&I)'),
 ('&Export', '导出(&E)'),
 ('&Merge', '合并(&M)'),
 ('&Edit', '编辑(&E)'),
 ('&View', '视图(&V)'),
 ('&Language', '语言(&L)'),
 ('&Tools', '工具(&T)'),
 ('&Help', '帮助(&H)'),
 ('Toolbar', '工具栏'),
 ('&New Form…', '新建表格(&N)…'),
 ('&Open…', '打开(&O)…'),
 ('Save a &Copy As…', '另存副本(&C)…'),
 ('&Properties…', '属性(&P)…'),
 ('&Close', '关闭(&C)'),
 ('&Quit', '退出(&Q)'),
 ('&Add Row', '添加行(&A)'),
 ('Add a row at the end', '在末尾添加一行'),
 ('Insert Row A&bove', '在上方插入行(&B)'),
 ('&Insert Row Below', '在下方插入行(&I)'),
 ('D&uplicate Row', '复制行(&U)'),
 ('&Delete Row…', '删除行(&D)…'),
 ('Move Row &Up', '上移行(&U)'),
 ('Move Row Do&wn', '下移行(&W)'),
 ('&Find', '查找(&F)'),
 ('&Only My Unit', '只看本单位(&O)'),
 ("Show only the rows of the form's unit", '只显示本表格填报单位的行'),
 ('&Check', '检查(&C)'),
 ('List what is still missing', '列出仍未填写的内容'),
 ('&About Tianbao', '关于填报(&A)'),
 ('&System Language', '跟随系统(&S)'),
 ('Search (Ctrl+F)', '搜索 (Ctrl+F)'),
 ('Cannot Open the Form', '无法打开表格'),
 ('Cannot Create the Form', '无法创建表格'),
 ('New Form', '新建表格'),
 ('Your unit (填报单位), as it appears in the notice:', '您的单位（填报单位），与通知中的写法一致：'),
 ('Save the New Form As', '新表格保存为'),
 ('Open a Form', '打开表格'),
 ('&Undo', '撤销(&U)'),
 ('&Undo %1', '撤销(&U)：%1'),
 ('&Redo', '重做(&R)'),
 ('&Redo %1', '重做(&R)：%1'),
 ('Tianbao', '填报'),
 ('%1 (read-only)', '%1（只读）'),
 ('%1 — Tianbao', '%1 — 填报'),
 ('Unit: %1', '填报单位：%1'),
 ('(not set)', '（未设置）'),
 ('Date: %1', '日期：%1'),
 ('Due: %1', '截止：%1'),
 ('Reply to: %1', '报送邮箱：%1'),
 ('Filled %1/%2', '已填 %1/%2'),
 ('Nothing is missing.', '没有缺漏。'),
 ('(none)', '（无）'),
 ("change the form's properties", '修改表格属性'),
 ('insert row %1', '插入第 %1 行'),
 ('Delete row %1 “%2” of %3? Edit > Undo brings it back.', '删除%3的第 %1 行“%2”吗？可以用“编辑 > 撤销”恢复。'),
 ('(no name)', '（无名称）'),
 ('Delete Row', '删除行'),
 ('%1 (copy).%2', '%1（副本）.%2'),
 ('Save a Copy As', '另存副本'),
 ('Copy Not Saved', '副本未保存'),
 ('A copy was saved as %1.', '副本已保存为 %1。'),
 ('What you typed is not lost: it has been copied to the clipboard.', '您输入的内容没有丢失：已复制到剪贴板。'),
 ('Change Not Saved', '修改未保存'),
 ('Still to fill: %1. Tools > Check lists them.', '待填写：%1 处。“工具 > 检查”可列出。'),
])
ctx('tianbao::PropertiesDialog', [
 ('Form Properties', '表格属性'),
 ('&Unit:', '填报单位(&U)：'),
 ('&Date:', '日期(&D)：'),
 ('This unit has &no new projects (附件2: 无)', '本单位无新增项目（附件2：无）(&N)'),
 ('Notice: %1 (%2, %3)', '通知：%1（%2，%3）'),
 ('Due: %1', '截止：%1'),
 ('Reply to: %1', '报送邮箱：%1'),
 ('Contact: %1 %2', '联系人：%1 %2'),
])
ctx('tianbao::ReadOnlyBar', [
 ('Read-only: %1 Changes are not possible; a copy can be saved and edited.', '只读：%1无法修改；可以另存副本后编辑。'),
 ('Save a Copy…', '另存副本…'),
])
ctx('tianbao::RowFormPane', [
 ('%1, row %2', '%1 第 %2 行'),
 ('To be filled', '待填写'),
 ('Select a row to see it here.', '选择一行，在此查看和填写。'),
 ('Characters: %1', '字数：%1'),
])
ctx('tianbao::WelcomePage', [
 ('Tianbao', '填报'),
 ("Fill in the tables of a notice: the projects of your unit, their progress and results, and the key points of next year's plan. Every change is saved as you type.", '填写通知所附的表格：本单位的项目、进展与成效，以及下一年的计划要点。每处修改都在输入时自动保存。'),
 ('&New Form from the Notice…', '按通知新建表格(&N)…'),
 ('&Open…', '打开(&O)…'),
 ('&Recent files:', '最近的文件(&R)：'),
])
# The report as the window shows it: export, print, and the sentences of its writers.
ctx('tianbao::ExportController', [
 ('Export for &Submission…', '导出提交(&S)…'),
 ('Check, then save the Word file to send (Ctrl+E)', '先检查，再保存要报送的 Word 文件（Ctrl+E）'),
 ('E&xport…', '导出(&X)…'),
 ('Save the report as Word, PDF, Excel, CSV or a web page', '把报表保存为 Word、PDF、Excel、CSV 或网页'),
 ('Print Pre&view…', '打印预览(&V)…'),
 ('&Print…', '打印(&P)…'),
 ('Replace File', '替换文件'),
 ('“%1” already exists in this folder. Replace it?', '此文件夹中已有“%1”。要替换吗？'),
 ('Cannot Open', '无法打开'),
 ('Exported to %1.', '已导出到 %1。'),
 ('Exporting', '正在导出'),
 ('Writing %1…', '正在写入 %1…'),
 ('Export cancelled; no file was written.', '已取消导出，没有写入任何文件。'),
 ('Not Exported', '未能导出'),
 ('Not Printed', '未能打印'),
 ('Laying Out the Pages', '正在排版'),
 ('Laying out the pages was cancelled.', '已取消排版。'),
 ('The pages could not be laid out for the preview.', '无法为打印预览排版。'),
 ('Print Preview', '打印预览'),
 ('Preparing the print preview…', '正在准备打印预览…'),
 ('Preparing the pages to print…', '正在准备要打印的页面…'),
 ('Printing', '正在打印'),
 ('Printing the pages…', '正在打印页面…'),
 ('Printing was cancelled; the pages already sent stay with the printer.', '已取消打印；已发送的页面仍会打印。'),
])
ctx('tianbao::ExportDialog', [
 ('Word document', 'Word 文档'),
 ('PDF', 'PDF'),
 ('Excel workbook', 'Excel 工作簿'),
 ('CSV (comma-separated values)', 'CSV（逗号分隔值）'),
 ('Web page', '网页'),
 ('&All rows', '全部行(&A)'),
 ('&Browse…', '浏览(&B)…'),
 ('Export', '导出'),
 ('&Both', '两个附件(&B)'),
 ('A&ll', '全部附件(&L)'),
 ("Only my &unit's rows (no unit set)", '仅本单位的行(&U)（未设置填报单位）'),
 ('Only the rows of &%1', '仅“%1”的行(&U)'),
 ('Attachments:', '附件：'),
 ('Rows:', '行：'),
 ('File:', '文件：'),
 ('Format:', '格式：'),
 ('&Export', '导出(&E)'),
 ('The file name must end in .%1.', '文件名必须以 .%1 结尾。'),
])
ctx('tianbao::ExportDoneDialog', [
 ('Exported', '已导出'),
 ('Saved in %1:', '已保存到 %1：'),
 ('The notice gives no reply address: send the file(s) as the notice asks.', '通知中没有报送邮箱：请按通知的要求报送文件。'),
 ('Send them to <b>%1</b>. “Write Email” starts a message with the address and subject filled in; attach the file(s) yourself.', '请发送到 <b>%1</b>。“写邮件”会新建一封已填好收件人和主题的邮件；附件需要您自己添加。'),
 ('Open &Folder', '打开文件夹(&F)'),
 ('Write &Email', '写邮件(&E)'),
 ('The folder %1 could not be opened.', '无法打开文件夹 %1。'),
 ('No email program could be started. Send the file(s) to %1 yourself.', '无法启动邮件程序。请自行把文件发送到 %1。'),
])
ctx('tianbao::SubmissionDialog', [
 ('C&hange…', '更改(&H)…'),
 ('Export for Submission', '导出提交'),
 ('all rows', '全部行'),
 ('Everything is filled in (%1).', '已全部填写（%1）。'),
 ('Still missing (%1): %2.', '尚未填写（%1）：%2 处。'),
 ('You can export now and send the rest later, or go back and fill them in.', '可以现在导出、稍后补报，也可以返回补填。'),
 ('Also save a &PDF beside it', '同时在旁边保存 &PDF'),
 ('Word file:', 'Word 文件：'),
 ('Contents:', '内容：'),
 ('All rows (no unit is set in the properties).', '全部行（属性中尚未设置填报单位）。'),
 ('The %1 rows of %2, numbered as in the notice.', '%2的 %1 行，序号与通知一致。'),
 ('&Export', '导出(&E)'),
 ('&Export Anyway', '仍然导出(&E)'),
 ('&Go to First Gap', '转到第一处未填(&G)'),
 ('Word document (*.docx)', 'Word 文档 (*.docx)'),
])
ctx('tianbao::SubmissionNames', [
 ('Hello,', '您好！'),
 ('Attached is our reply to “%1”.', '附件是我们报送的《%1》，请查收。'),
 ('Attached is the reply of %1 to “%2”.', '附件是%1报送的《%2》，请查收。'),
 ('Attachments:', '附件：'),
])
ctx('tianbao::ReportPreviewDialog', [
 ('Print Preview', '打印预览'),
 ('Fit &Width', '适合宽度(&W)'),
 ('Whole Pa&ge', '整页(&G)'),
 ('Zoom &Out', '缩小(&O)'),
 ('Zoom &In', '放大(&I)'),
 ('&Print…', '打印(&P)…'),
 ('Page number', '页码'),
 ('Page', '第'),
 ('of %1', '页，共 %1 页'),
 ('of %1 so far (laying out…)', '页，已排好 %1 页（正在排版…）'),
])
ctx('tianbao::ReportPrinting', [
 ('The printer could not be started.', '无法启动打印机。'),
 ('The printer refused a page.', '打印机拒绝了一页。'),
])
ctx('tianbao::ReportExporter', [
 ('Cannot export to %1: the file name must end in %2.', '无法导出到 %1：文件名必须以 %2 结尾。'),
 ('Cannot write %1 (%2); any existing file was left unchanged.', '无法写入 %1（%2）；原有文件保持不变。'),
 ('The export was cancelled.', '导出已取消。'),
 ('Cannot write %1: %2', '无法写入 %1：%2'),
 ('Unknown report format.', '未知的报表格式。'),
])
ctx('tianbao::DocxWriter', [
 ('The export was cancelled.', '导出已取消。'),
])
ctx('tianbao::PdfWriter', [
 ('The export was cancelled.', '导出已取消。'),
 ('Could not start a PDF page.', '无法开始新的 PDF 页面。'),
 ('Could not write the PDF: %1.', '无法写入 PDF：%1。'),
])
ctx('tianbao::CsvWriter', [
 ('Could not write the CSV text: %1.', '无法写入 CSV 文本：%1。'),
])
ctx('tianbao::HtmlWriter', [
 ('Could not write the HTML page: %1.', '无法写入 HTML 网页：%1。'),
])
ctx('tianbao::XlsxWriter', [
 ('Could not create a temporary file for the workbook: no temporary folder.', '无法为工作簿创建临时文件：没有临时文件夹。'),
 ('Could not create a temporary file for the workbook: %1.', '无法为工作簿创建临时文件：%1。'),
 ('Could not start the workbook.', '无法开始生成工作簿。'),
 ('Could not write the workbook: %1.', '无法写入工作簿：%1。'),
 ('Could not write the workbook in the temporary folder %1: %2.', '无法在临时文件夹 %1 中写入工作簿：%2。'),
 ('Could not write the workbook: the temporary folder %1 is full or refused the file.', '无法写入工作簿：临时文件夹 %1 已满或拒绝写入。'),
 ('Could not read the temporary workbook back: %1.', '无法读回临时工作簿：%1。'),
])
ctx('tianbao::ZipWriter', [
 ('Could not build the zip archive.', '无法生成 zip 压缩包。'),
 ('Could not write the archive: %1.', '无法写入压缩包：%1。'),
])
ctx('ExportCommand', [
 ('The form names no unit (填报单位), so --only-unit has no rows to choose: set one with tianbao props --unit.', '表格没有填写填报单位，--only-unit 无法选出本单位的行：请先用 tianbao props --unit 设置。'),
 ('The report to write: .docx, .pdf, .xlsx, .csv or .html.', '要写入的报表：.docx、.pdf、.xlsx、.csv 或 .html。'),
 ('Only this attachment: existing or new.', '只导出此附件：existing（已有项目）或 new（新增项目）。'),
 ("Only the rows of the form's unit.", '只导出本表填报单位的行。'),
 ('Write the filled table in the report layout.', '按报表版式写出填好的表格。'),
 ('Name the report to write with -o OUT.docx (or .pdf, .xlsx, .csv, .html).', '请用 -o OUT.docx（或 .pdf、.xlsx、.csv、.html）指定要写入的报表。'),
 ('Unknown report format “%1”: use one of %2.', '未知的报表格式“%1”：请使用 %2 之一。'),
])
ctx('AddCommand', [
 ('existing or new.', 'existing（已有项目）或 new（新增项目）。'),
 ('A cell of the new row, as KEY=TEXT; repeatable.', '新行的一个单元格，写作 KEY=TEXT；可重复。'),
 ('Record the row as added by this unit.', '记录为该单位添加的行。'),
 ('Append a row and print its 序号.', '在末尾添加一行并输出其序号。'),
 ('The option --attachment is required.', '必须给出 --attachment 选项。'),
 ('--field takes KEY=TEXT with KEY one of %1.', '--field 的写法是 KEY=TEXT，KEY 为 %1 之一。'),
])
ctx('AttachmentTableReader', [
 ('No attachment table was found: Tianbao looks for a table whose header row has the columns 序号, 合作项目, 项目内容, 校内单位（合作单位）, 进展与成效 and …年计划要点.',
  '没有找到附件表格：填报查找表头含有 序号、合作项目、项目内容、校内单位（合作单位）、进展与成效 和 …年计划要点 这些列的表格。'),
])
ctx('BatchMerge', [
 ('The merge was cancelled; nothing was merged.', '合并已取消；没有合并任何内容。'),
 ('%n conflict(s) are not resolved, so it was not merged.', '有 %n 处冲突未解决，因此没有合并。'),
])
ctx('CheckCommand', [
 ("Check only this unit's rows of 附件1.", '只检查附件1中该单位的行。'),
 ('List what is still empty; exit 0 when complete, 1 when not.', '列出仍未填写的内容；填完退出码为 0，否则为 1。'),
 ('%1 of %2 rows complete.\n', '%2 行中已填完 %1 行。\n'),
])
ctx('CommandLine', [
 ('Usage: tianbao [FILE]            open the window\n       tianbao COMMAND [options]  work on a form from the command line\n\nCommands:\n',
  '用法：tianbao [文件]              打开窗口\n      tianbao 命令 [选项]          在命令行中处理表格\n\n命令：\n'),
 ("\nRun 'tianbao COMMAND --help' for a command's options.\nExit codes: 0 success, 1 the check found gaps, 2 bad input or usage, 3 merge conflicts left unresolved.\n",
  "\n运行 'tianbao 命令 --help' 查看该命令的选项。\n退出码：0 成功，1 检查发现未填项，2 输入或用法有误，3 合并冲突未解决。\n"),
 ('Show this help.', '显示本帮助。'),
 ("Unknown command “%1”; run 'tianbao --help'.", "未知命令“%1”；请运行 'tianbao --help'。"),
])
ctx('CommandSupport', [
 ('Give exactly one form file (see --help).', '请给出且只给出一个表格文件（见 --help）。'),
 ('Unknown attachment “%1”: use existing or new.', '未知的附件“%1”：请用 existing（已有项目）或 new（新增项目）。'),
 ('The attachment “%1” has %2 rows; there is no row %3.', '附件“%1”共有 %2 行，没有第 %3 行。'),
])
ctx('DocxPackage', [
 ('The file “%1” cannot be opened for reading.', '无法打开文件“%1”进行读取。'),
 ('The file “%1” is too large (%2 MB); a form of up to %3 MB can be read.', '文件“%1”太大（%2 MB）；最多只能读取 %3 MB 的表格。'),
 ('The file “%1” is too large; a form of up to %2 MB can be read.', '文件“%1”太大；最多只能读取 %2 MB 的表格。'),
 ('This is an old Word .doc file, or a password-protected .docx: open it in Word or WPS, remove any password, and save it as a Word document (.docx).',
  '这是旧版 Word 的 .doc 文件，或设置了密码的 .docx：请在 Word 或 WPS 中打开，去掉密码，另存为 Word 文档（.docx）。'),
 ('This is an RTF file, not a .docx: open it in Word or WPS and save it as a Word document (.docx).', '这是 RTF 文件，不是 .docx：请在 Word 或 WPS 中打开，另存为 Word 文档（.docx）。'),
 ('This is a PDF file, not a .docx: ask the sender for the Word document (.docx).', '这是 PDF 文件，不是 .docx：请向发送方索取 Word 文档（.docx）。'),
 ('The file is a zip archive but not a Word document: it has no word/document.xml.', '该文件是 zip 压缩包，但不是 Word 文档：其中没有 word/document.xml。'),
])
ctx('DocxTableReader', [
 ('The file is not a Word document: its main part holds no w:document.', '该文件不是 Word 文档：其主体部分没有 w:document。'),
 ('The file is refused: it has more than %1 paragraphs.', '拒绝读取该文件：段落超过 %1 个。'),
 ('The file is refused: a table row has more than %1 cells.', '拒绝读取该文件：某个表格行超过 %1 个单元格。'),
 ('The file is refused: its tables have more than %1 cells.', '拒绝读取该文件：表格单元格总数超过 %1 个。'),
 ('The file is damaged: its document part is empty.', '文件已损坏：文档部分是空的。'),
])
ctx('FormFile', [
 ('the merged cells could not be written.', '合并的单元格无法写入。'),
])
ctx('ImportCommand', [
 ('The form file to create.', '要创建的表格文件。'),
 ('The unit that fills the form.', '填报该表格的单位。'),
 ('Create a form from a notice written in Word (.docx).', '从 Word 写的通知（.docx）创建表格。'),
 ('Name the form file to create with -o FILE.tianbao.', '请用 -o FILE.tianbao 指定要创建的表格文件。'),
 ('Created %1 with %2 attachments and %3 rows.\n', '已创建 %1，共 %2 个附件、%3 行。\n'),
])
ctx('MergeCommand', [
 ('unit', '填报单位'),
 ('date', '日期'),
 ('no new projects', '无新增项目'),
 ('%1 rows added, %2 cells filled, %3 cells changed, %4 conflicts, %5 deletions\n', '新增 %1 行，填入 %2 格，修改 %3 格，冲突 %4 处，删除 %5 行\n'),
 ('  conflict: %1 row %2 (%3), %4\n    mine   (%5): %6\n    theirs (%7): %8\n', '  冲突：%1 第 %2 行（%3），%4\n    我的（%5）：%6\n    对方（%7）：%8\n'),
 ('  kept my %1 “%2” (theirs: “%3”)\n', '  保留我的%1“%2”（对方：“%3”）\n'),
 ('Show what would change; change nothing.', '只显示将要发生的变化，不做任何修改。'),
 ('Settle conflicts: mine, theirs, or both (joined).', '冲突的处理方式：mine（保留我的）、theirs（采用对方的）或 both（两者都保留）。'),
 ('Match rows of a different form by 合作项目 + 校内单位.', '按 合作项目 + 校内单位 匹配其他表格的行。'),
 ('The unit a Word reply came from, when it signs none.', 'Word 回复未署名时，它来自哪个单位。'),
 ("Merge colleagues' files (.tianbao, or replies filled in Word) into FILE.", '把同事的文件（.tianbao，或在 Word 中填写的回复）合并到 FILE。'),
 ('Give the form to merge into and at least one other file.', '请给出要合并到的表格，以及至少一个其他文件。'),
 ('--on-conflict takes mine, theirs or both.', '--on-conflict 的取值为 mine、theirs 或 both。'),
 ('Nothing was merged: %1 conflicts; choose with --on-conflict mine|theirs|both.\n', '没有合并任何内容：有 %1 处冲突；请用 --on-conflict mine|theirs|both 选择处理方式。\n'),
 ('Merged %1 files: %2 rows added, %3 cells filled, %4 cells changed, %5 conflicts settled, %6 deletions.\n', '已合并 %1 个文件：新增 %2 行，填入 %3 格，修改 %4 格，解决冲突 %5 处，删除 %6 行。\n'),
])
ctx('MergePlan', [
 ('The row “%1” is in an attachment (%2) this form does not have, so it was left out.', '行“%1”属于本表格没有的附件（%2），因此未合并。'),
 ('“%1” is not a copy of this form, so its rows cannot be matched; merge it by project name instead.', '“%1”不是本表格的副本，无法按行匹配；请改为按项目名称合并。'),
])
ctx('MergeSource', [
 ('colleague', '同事'),
])
ctx('MergeSourceLoader', [
 ('The Word reply “%1” names no unit under its table; say which unit sent it.', 'Word 回复“%1”的表格下没有署名单位；请说明是哪个单位发来的。'),
])
ctx('Merger', [
 ('%n conflict(s) are not resolved, so nothing was merged.', '有 %n 处冲突未解决，因此没有合并任何内容。'),
 ('The merge was cancelled; nothing was merged.', '合并已取消；没有合并任何内容。'),
])
ctx('NewCommand', [
 ('The unit that fills the form.', '填报该表格的单位。'),
 ('Create the form of the notice (refuses to overwrite).', '创建通知中的表格（不会覆盖已有文件）。'),
 ('Created %1 with %2 projects.\n', '已创建 %1，共 %2 个项目。\n'),
])
ctx('PropsCommand', [
 ('The unit that fills and signs (填报单位).', '填报并署名的单位（填报单位）。'),
 ('The signing date.', '署名日期。'),
 ('附件2 answered with 无.', '附件2 填“无”。'),
 ('Set the unit, the date and the 无 mark; prints them without options.', '设置填报单位、日期和“无”标记；不带选项时显示它们。'),
 ('--date takes a date such as 2023-12-26.', '--date 的取值是日期，例如 2023-12-26。'),
 ('--no-new-projects takes true or false.', '--no-new-projects 的取值为 true 或 false。'),
])
ctx('RemoveCommand', [
 ('existing or new.', 'existing（已有项目）或 new（新增项目）。'),
 ("The row's 序号.", '该行的序号。'),
 ('Delete a row (it is kept in the file as a tombstone).', '删除一行（该行作为删除记录保留在文件中）。'),
 ('The options --attachment and --seq are required.', '必须给出 --attachment 和 --seq 选项。'),
 ('--seq takes a row number from 1.', '--seq 的取值是从 1 开始的行号。'),
])
ctx('SetCommand', [
 ('existing or new.', 'existing（已有项目）或 new（新增项目）。'),
 ("The row's 序号 (1, 2, …).", '该行的序号（1、2……）。'),
 ('name, content, units, partners, progress or plan.', 'name、content、units、partners、progress 或 plan。'),
 ('The new text; - reads it from standard input.', '新的内容；写 - 则从标准输入读取。'),
 ('Record the change as made by this unit.', '记录为该单位所做的修改。'),
 ('Edit one cell.', '编辑一个单元格。'),
 ('The option --%1 is required.', '必须给出 --%1 选项。'),
 ('--seq takes a row number from 1.', '--seq 的取值是从 1 开始的行号。'),
 ('Unknown field “%1”: use one of %2.', '未知字段“%1”：请使用 %2 之一。'),
])
ctx('ShowCommand', [
 ('Unit: %1   Date: %2   No new projects: %3\n', '填报单位：%1   日期：%2   无新增项目：%3\n'),
 ('Print one JSON object.', '输出一个 JSON 对象。'),
 ('Print the form.', '显示表格内容。'),
])
ctx('XmlCursor', [
 ('The file is refused: its part “%1” declares a DTD, which a Word document never needs (it may hide an entity-expansion attack).', '拒绝读取该文件：其部分“%1”声明了 DTD，Word 文档从不需要它（可能隐藏实体扩展攻击）。'),
 ('The file is damaged: its part “%1” is not well-formed XML (line %2).', '文件已损坏：其部分“%1”不是格式正确的 XML（第 %2 行）。'),
 ('The file is refused: its part “%1” is nested more than %2 levels deep.', '拒绝读取该文件：其部分“%1”嵌套超过 %2 层。'),
])
ctx('ZipReader', [
 ('The file is damaged or incomplete (its zip directory is missing); ask the sender for the file again.', '文件已损坏或不完整（缺少 zip 目录）；请让发送方重新发送。'),
 ('The file is not a zip archive, so it is not a .docx document.', '该文件不是 zip 压缩包，因此不是 .docx 文档。'),
 ('There is not enough memory to open the file.', '内存不足，无法打开该文件。'),
 ('The file is damaged: its zip structure is inconsistent.', '文件已损坏：其 zip 结构不一致。'),
 ('The file is too large (%1 MB); a form of up to %2 MB can be read.', '文件太大（%1 MB）；最多只能读取 %2 MB 的表格。'),
 ('The file is empty.', '文件是空的。'),
 ('The file holds more than %1 parts, far more than a Word document has; it was not read.', '文件包含超过 %1 个部分，远多于 Word 文档应有的数量；未读取。'),
 ('The file has no part named “%1”.', '文件中没有名为“%1”的部分。'),
 ('The file is damaged: the part “%1” cannot be read.', '文件已损坏：无法读取部分“%1”。'),
 ('The part “%1” of the file is encrypted and cannot be read.', '文件的部分“%1”已加密，无法读取。'),
 ('The part “%1” of the file inflates far beyond its compressed size or the size a form may have (a zip bomb?), so it was not read.', '文件的部分“%1”解压后远大于压缩大小或表格可能的大小（可能是 zip 炸弹），因此未读取。'),
 ('The part “%1” of the file uses a compression or encryption Tianbao cannot read.', '文件的部分“%1”使用了填报无法读取的压缩或加密方式。'),
 ('The file is damaged: the part “%1” fails to inflate or its checksum.', '文件已损坏：部分“%1”解压失败或校验和错误。'),
])
ctx('tianbao::RowFormPane', [
 ('[This cell holds %1 characters, too many to edit here; the first %2 are shown.]\n', '［此单元格有 %1 个字，太多，无法在此编辑；仅显示前 %2 个字。］\n'),
])

# ---- merging colleagues' files, the history of a cell, importing a Word notice (ui/merge, ui/import)
ctx('MergeTexts', [
 ('Rows added: %1 · Cells filled: %2 · Cells changed: %3 · Conflicts: %4 · Rows deleted: %5', '新增行：%1 · 填入单元格：%2 · 修改单元格：%3 · 冲突：%4 · 删除行：%5'),
 (' · Rows kept: %1', ' · 保留行：%1'),
 ('Unit (填报单位)', '填报单位'),
 ('Date', '日期'),
 ('No new projects (无)', '无新增项目（无）'),
])
ctx('tianbao::BatchMergeDialog', [
 ('Merge %1 Files', '合并 %1 个文件'),
 ('Each file is merged in turn, in one step that Edit > Undo takes back. Afterwards an overview lists each unit.', '逐个合并每个文件，整批合并是一步操作，可用“编辑 > 撤销”整体撤回。合并后会列出各单位的概览。'),
 ('Skip that file (merge it alone later)', '跳过该文件（稍后单独合并）'),
 ('Keep mine', '保留我的'),
 ('Take theirs', '采用对方的'),
 ("Keep both (joined, with the unit's name)", '两者都保留（连在一起，并注明单位）'),
 ('When a file has conflicts:', '文件有冲突时：'),
 ('Match rows by project name and unit (for files of another form)', '按项目名称和单位匹配行（用于其他表格的文件）'),
 ('&Merge All', '全部合并(&M)'),
])
ctx('tianbao::BatchOverviewDialog', [
 ('%1 of %2 files merged: %3 rows added, %4 cells filled, %5 cells changed, %6 conflicts settled.', '已合并 %2 个文件中的 %1 个：新增 %3 行，填入 %4 个单元格，修改 %5 个单元格，处理 %6 个冲突。'),
 ('Merged Files', '合并结果'),
 ('File', '文件'),
 ('Unit', '单位'),
 ('Result', '结果'),
 ('Rows added', '新增行'),
 ('Cells filled', '填入单元格'),
 ('Conflicts', '冲突'),
 ('附件2 无', '附件2 无'),
 ("Unit's rows filled", '本单位已填'),
 ('Merged', '已合并'),
 ('Not merged: %1 conflict(s) to decide. Merge this file alone, or choose what to do with conflicts before the batch.', '未合并：有 %1 个冲突待处理。请单独合并此文件，或在批量合并前选择冲突的处理方式。'),
 ('Merged; %1 conflict(s) settled', '已合并；处理了 %1 个冲突'),
 ('无', '无'),
 ('Filled %1/%2', '已填 %1/%2'),
])
ctx('tianbao::CellHistoryDialog', [
 ('from the notice', '来自通知'),
 ('typed', '录入'),
 ('merged', '合并'),
 ('imported', '导入'),
 ('undo', '撤销'),
 ('History of %1', '%1 的历史'),
 ('Value', '内容'),
 ('Unit', '单位'),
 ('Time', '时间'),
 ('How', '方式'),
 ('(empty)', '（空）'),
 ('The current value', '当前内容'),
 ('&Copy Value', '复制内容(&C)'),
])
ctx('tianbao::MergeController', [
 ("&Merge a Colleague's File…", '合并同事的文件(&M)…'),
 ('Bring in what colleagues or units filled in: Tianbao forms or Word replies, one or many (Ctrl+M)', '合并同事或各单位填写的内容：填报表格或 Word 回执，一个或多个（Ctrl+M）'),
 ('&History of This Cell…', '此单元格的历史(&H)…'),
 ('Every value the cell had, who set it and when', '该单元格的每一个取值、填写单位和时间'),
 ("Merge a Colleague's File", '合并同事的文件'),
 ('Tianbao forms and Word replies (*.tianbao *.docx);;Tianbao forms (*.tianbao);;Word replies (*.docx);;All files (*)', '填报表格和 Word 回执 (*.tianbao *.docx);;填报表格 (*.tianbao);;Word 回执 (*.docx);;所有文件 (*)'),
 ('Not Merged', '未合并'),
 ('Match its rows by project name and unit instead?', '改为按项目名称和单位匹配它的行吗？'),
 ('Merge by Project Name', '按项目名称合并'),
 ('Which Unit Sent It?', '是哪个单位发来的？'),
 ('The Word reply “%1” names no unit under its table. Which unit sent it?', 'Word 回执“%1”的表格下方没有署名单位。它是哪个单位发来的？'),
 ('The form changed while the preview was open; this is the merge as it would be now.', '预览期间表格有了改动；以下是按现在的表格重新计算的合并。'),
 ('merge “%1”', '合并“%1”'),
 ('Merged “%1”. %2', '已合并“%1”。%2'),
 ('Merging', '正在合并'),
 ('Merging %1 files…', '正在合并 %1 个文件…'),
 ('Reading the Word replies…', '正在读取 Word 回执…'),
 ('The form can no longer be written to; nothing was merged.', '表格已无法写入；未合并任何内容。'),
 ('Reading “%1”…', '正在读取“%1”…'),
 ('Merged %1 of %2: %3', '已合并 %1/%2：%3'),
 ('The merge was cancelled; nothing was merged.', '合并已取消；没有合并任何内容。'),
 ('merge %1 files', '合并 %1 个文件'),
 ('Choose a cell to see its history.', '请先选择一个单元格再查看其历史。'),
 ('row %1', '第 %1 行'),
 ('Merging “%1”…', '正在合并“%1”…'),
 ('Cancel came too late: “%1” was already merged; Undo takes it back. %2', '取消晚了一步：“%1”已经合并；可用“撤销”恢复。%2'),
 ('Undoing the %1…', '正在撤销%1…'),
 ('Redoing the %1…', '正在重做%1…'),
 ('No form is open.', '没有打开的表格。'),
])
ctx('tianbao::MergePreviewDialog', [
 ('Row added', '新增行'),
 ('Cell filled', '填入'),
 ('Cell changed', '修改'),
 ('Row deleted', '删除行'),
 ('Row brought back', '恢复行'),
 ('Row kept', '保留行'),
 ('Merge “%1”', '合并“%1”'),
 ('What merging “%1” would change in this form. Nothing has changed yet.', '合并“%1”将对本表格做出的改动。目前尚未做任何改动。'),
 ('What merging “%1” from %2 would change in this form. Nothing has changed yet.', '合并%2的“%1”将对本表格做出的改动。目前尚未做任何改动。'),
 ('Changes (untick what should not come in)', '改动（取消勾选不想合并的项）'),
 ('Change', '改动'),
 ('Where', '位置'),
 ('Their value', '对方的内容'),
 ('Your value', '我的内容'),
 ('Conflicts: both sides changed these cells', '冲突：双方都修改了这些单元格'),
 ('Resolve all:', '全部处理为：'),
 ('Keep Mine', '保留我的'),
 ('Take Theirs', '采用对方的'),
 ('Keep Both', '两者都保留'),
 ('%1 differs: yours “%2”, theirs “%3” (yours stays).', '%1不同：我的为“%2”，对方为“%3”（保留我的）。'),
 ('&Apply Merge', '应用合并(&A)'),
 ('Close', '关闭'),
 ('row %1', '第 %1 行'),
 ('From %1, %2', '来自%1，%2'),
 ('Nothing to merge: this form already has everything in that file.', '没有需要合并的内容：该文件中的一切本表格都已包含。'),
 ('Only the conflicts below.', '只有下面的冲突。'),
 ('Mine', '我的'),
 ('Theirs', '对方的'),
 ('Keep mine', '保留我的'),
 ('Take theirs', '采用对方的'),
 ('Keep both', '两者都保留'),
 ('Mine, a line break, then theirs after 【%1】', '先是我的内容，换行，再是【%1】和对方的内容'),
 ('Decide the %1 conflict(s) to apply the merge.', '请先处理 %1 个冲突，再应用合并。'),
])
ctx('tianbao::NoticeImportController', [
 ('&Import a Word Notice…', '从Word通知导入(&I)…'),
 ('Make a new form from the notice the office sent as a .docx', '用主管部门发来的 .docx 通知新建表格'),
 ('Import a Word Notice', '从Word通知导入'),
 ('Word documents (*.docx);;All files (*)', 'Word 文档 (*.docx);;所有文件 (*)'),
 ('Not Imported', '未导入'),
 ('Your unit (填报单位), as it appears in the notice:', '您的单位（填报单位），与通知中的写法一致：'),
 ('Save the New Form As', '新表格另存为'),
 ('Tianbao forms (*.%1);;All files (*)', '填报表格 (*.%1);;所有文件 (*)'),
 ('Reading “%1”…', '正在读取“%1”…'),
 ('The import was cancelled; no form was made.', '已取消导入，未新建表格。'),
])

# The merge engine's sentences the merge window shows (ui/merge).
ctx('MergePlan', [
 ('“%1” is not a copy of this form, so its rows cannot be matched; merge it by project name instead.', '“%1”不是本表格的副本，无法匹配其中的行；请改为按项目名称合并。'),
 ('The row “%1” is in an attachment (%2) this form does not have, so it was left out.', '行“%1”所在的附件（%2）本表格没有，因此未合并。'),
])
ctx('MergeSourceLoader', [
 ('The Word reply “%1” names no unit under its table; say which unit sent it.', 'Word 回执“%1”的表格下方没有署名单位；请说明是哪个单位发来的。'),
])
ctx('MergeSource', [
 ('colleague', '同事'),
])
ctx('BatchMerge', [
 ('The merge was cancelled; nothing was merged.', '合并已取消；没有合并任何内容。'),
])
# ---- reliability: the file changed under the window
ctx('tianbao::FileChangeMonitor', [
 ('Another program changed “%1”.', '其他程序修改了“%1”。'),
 ('Another program replaced “%1” with another version.', '其他程序用另一个版本替换了“%1”。'),
 ('“%1” was deleted or moved by another program.', '“%1”已被其他程序删除或移走。'),
])
ctx('tianbao::FileChangedBar', [
 ('%1 Nothing more is saved here until you choose: reload the file as it is now, or save what this window shows as a copy.', '%1在您选择之前不会再保存任何修改：重新载入文件的当前内容，或把本窗口显示的内容另存为副本。'),
 ('Reload', '重新载入'),
 ('Save a Copy…', '另存副本…'),
])
ctx('tianbao::FileChangeController', [
 ('Reload the file or save a copy first.', '请先重新载入文件或另存副本。'),
 ('Cannot Reload', '无法重新载入'),
 ('%1 (my version).%2', '%1（我的版本）.%2'),
 ('Save a Copy As', '另存副本'),
 ('Tianbao forms (*.%1)', '填报表格 (*.%1)'),
 ('The copy “%1” could not be written: no temporary folder.', '无法写入副本“%1”：没有临时文件夹。'),
 ('The copy “%1” could not be written (%2).', '无法写入副本“%1”（%2）。'),
 ('Copy Not Saved', '副本未保存'),
 ('Your version was saved as %1 and is open now.', '您的版本已另存为 %1，现已打开。'),
])
ctx('FormFile', [
 ('The file “%1” was left half-saved by a program that stopped, and it is read-only here, so it cannot be repaired. Copy it together with “%2” to a folder you can write to and open it there.', '文件“%1”在程序意外停止时只保存了一半，而它在这里是只读的，因此无法修复。请把它和“%2”一起复制到可写的文件夹中再打开。'),
])

# The progress dialog of every long job of the window.
ctx('tianbao::JobProgressDialog', [
 ('Cancelling…', '正在取消…'),
])

# Finishing every file written whole (exports, copies).
ctx('tianbao::SaveFiles', [
 ('the disk is full', '磁盘已满'),
 ('the file could not be written', '文件无法写入'),
])

# libzip or libxlsxwriter missing when a .docx or .xlsx is first read or written (util/LateLibrary).
ctx('LateLibrary', [
 ('Tianbao could not load the library “%1”, which it needs for Word and Excel files (%2). Installing Tianbao again should mend this.', '“填报”无法加载读写 Word 和 Excel 文件所需的库“%1”（%2）。重新安装“填报”即可修复。'),
])
# The executable loading its window (app/WindowModule).
ctx('WindowModule', [
 ('The window could not start: %1. Reinstalling Tianbao puts its files back.', '窗口无法打开：%1。重新安装“填报”即可恢复缺少的文件。'),
])
