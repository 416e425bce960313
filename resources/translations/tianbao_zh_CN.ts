<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <name>tianbao::CellEditorDelegate</name>
        <message>
            <source>To be filled</source>
            <translation>待填写</translation>
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
</TS>
