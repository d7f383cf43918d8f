<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import submissions and UN documents (or drop files on the window)</source>
        <translation>导入提交材料和联合国文档（或将文件拖放到窗口中）</translation>
    </message>
    <message>
        <source>Import as new &amp;version of…</source>
        <translation>导入为某文档的新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>A file holding the next version of a document already here: its paragraphs&apos; work follows them</source>
        <translation>导入包含工作区中已有文档下一版本的文件：各段落上的工作随段落转移</translation>
    </message>
    <message>
        <source>&amp;Watch this file</source>
        <translation>监视此文件(&amp;W)</translation>
    </message>
    <message>
        <source>Import the selected document&apos;s file again each time it is saved</source>
        <translation>每次保存所选文档的文件时，重新导入该文件</translation>
    </message>
    <message>
        <source>&amp;Export Word brief…</source>
        <translation>导出 Word 简报(&amp;E)…</translation>
    </message>
    <message>
        <source>The review&apos;s coverage as a workbook (XLSX) or CSV</source>
        <translation>以工作簿（XLSX）或 CSV 格式导出本次审议的覆盖情况</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup copies of this workspace: restore one, or back up now</source>
        <translation>此工作区的备份副本：恢复其中一份，或立即备份</translation>
    </message>
    <message>
        <source>&amp;Merge workspace…</source>
        <translation>合并工作区(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work (a laptop&apos;s file, a colleague&apos;s, the team database) into this workspace</source>
        <translation>将另一副本（笔记本电脑上的文件、同事的文件或团队数据库）中的文档和工作并入此工作区</translation>
    </message>
    <message>
        <source>&amp;Copy workspace to…</source>
        <translation>复制工作区到(&amp;C)…</translation>
    </message>
    <message>
        <source>Every row of this workspace to a new file (to work offline) or an empty team database</source>
        <translation>将此工作区的全部数据行复制到新文件（用于离线工作）或空的团队数据库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>审阅人姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Link to recommendation…</source>
        <translation>关联到建议(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>确认关联(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the selected link, or accept the selected suggestion</source>
        <translation>确认所选关联，或接受所选推荐</translation>
    </message>
    <message>
        <source>Re&amp;ject link</source>
        <translation>拒绝关联(&amp;J)</translation>
    </message>
    <message>
        <source>Reject the selected link, or the selected suggestion (never suggested again for the paragraph)</source>
        <translation>拒绝所选关联或所选推荐（此后不再为该段落推荐）</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消关联(&amp;U)</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>标记为已审阅(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the paragraph reviewed, or not</source>
        <translation>将段落标记为已审阅，或取消此标记</translation>
    </message>
    <message>
        <source>&amp;Next paragraph</source>
        <translation>下一段落(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous paragraph</source>
        <translation>上一段落(&amp;P)</translation>
    </message>
    <message>
        <source>Next c&amp;hanged paragraph</source>
        <translation>下一个已更改段落(&amp;H)</translation>
    </message>
    <message>
        <source>The next paragraph whose text changed in a new version after work on it</source>
        <translation>下一个在已有工作之后于新版本中文本发生变化的段落</translation>
    </message>
    <message>
        <source>Chec&amp;k draft</source>
        <translation>检查草稿(&amp;K)</translation>
    </message>
    <message>
        <source>The selected draft against the UPR guidelines and the recommendations: citations, form, coverage</source>
        <translation>对照普遍定期审议准则和建议检查所选草稿：引用、格式、覆盖情况</translation>
    </message>
    <message>
        <source>Every version of the selected document</source>
        <translation>所选文档的所有版本</translation>
    </message>
    <message>
        <source>Document&apos;s re&amp;view…</source>
        <translation>文档所属审议(&amp;V)…</translation>
    </message>
    <message>
        <source>Which review the selected document is part of</source>
        <translation>所选文档属于哪一次审议</translation>
    </message>
    <message>
        <source>Export covera&amp;ge…</source>
        <translation>导出覆盖情况(&amp;G)…</translation>
    </message>
    <message>
        <source>Next unrev&amp;iewed</source>
        <translation>下一个未审阅段落(&amp;I)</translation>
    </message>
    <message>
        <source>Versions o&amp;f this document…</source>
        <translation>此文档的版本(&amp;F)…</translation>
    </message>
    <message>
        <source>Propose a reading of short num&amp;bers…</source>
        <translation>提出简写编号的解读方案(&amp;B)…</translation>
    </message>
    <message>
        <source>The orders the selected document&apos;s short numbers may follow, each with how many land on recommendations about their section</source>
        <translation>所选文档中简写编号可能遵循的各种顺序，以及每种顺序下有多少编号对应到与其所在章节相关的建议</translation>
    </message>
    <message>
        <source>Find &amp;earlier-cycle predecessors</source>
        <translation>查找前几轮的对应建议(&amp;E)</translation>
    </message>
    <message>
        <source>Suggest, for the review&apos;s recommendations, those the State received in its two earlier cycles</source>
        <translation>为本次审议的各项建议，推荐该国在前两轮审议中收到的对应建议</translation>
    </message>
    <message>
        <source>&amp;Suggest for this document</source>
        <translation>为此文档生成推荐(&amp;S)</translation>
    </message>
    <message>
        <source>Go to su&amp;ggestions</source>
        <translation>转到推荐(&amp;G)</translation>
    </message>
    <message>
        <source>The paragraph&apos;s suggestions: ↑↓ choose, Y accepts, X rejects</source>
        <translation>段落的推荐：↑↓ 选择，Y 接受，X 拒绝</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>撰写备注(&amp;W)</translation>
    </message>
    <message>
        <source>Select te&amp;xt in paragraph</source>
        <translation>在段落中选择文本(&amp;X)</translation>
    </message>
    <message>
        <source>Keys into the paragraph&apos;s text: Shift+arrows select words, Esc leaves; 1–9 then tag just those words</source>
        <translation>将键盘焦点移入段落文本：Shift+方向键选择词语，Esc 退出；然后按 1–9 仅为所选词语添加标签</translation>
    </message>
    <message>
        <source>Note &amp;on selection</source>
        <translation>为所选内容添加备注(&amp;O)</translation>
    </message>
    <message>
        <source>A note on the words selected in the paragraph</source>
        <translation>为段落中所选词语添加备注</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>删除备注(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>新建标签(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Manage tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <source>Rename, colour, merge, delete, order and group tags; choose the key 1–9 of each</source>
        <translation>重命名、着色、合并、删除、排序和分组标签；为每个标签指定按键 1–9</translation>
    </message>
    <message>
        <source>Toggle tag &amp;{n}</source>
        <translation>切换标签(&amp;{n})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Choose the revie&amp;w…</source>
        <translation>选择审议(&amp;W)…</translation>
    </message>
    <message>
        <source>Work on one review, or on all of them</source>
        <translation>处理某一次审议，或全部审议</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;commendations</source>
        <translation>建议(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>覆盖情况(&amp;O)</translation>
    </message>
    <message>
        <source>Which recommendations the review&apos;s documents address</source>
        <translation>本次审议的文档涉及哪些建议</translation>
    </message>
    <message>
        <source>&amp;Documents list</source>
        <translation>文档列表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Every note of the review: filter by author, document, words; Enter opens the paragraph</source>
        <translation>本次审议的全部备注：可按作者、文档、词语筛选；按 Enter 打开相应段落</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About UPR Reviewer</source>
        <translation>关于 UPR Reviewer(&amp;A)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>另存为 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>已加标签</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> 份最新副本</translation>
    </message>
    <message>
        <source>&amp;Keep the</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>恢复此副本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Copies are kept in {folder}</source>
        <translation>备份保存在 {folder}</translation>
    </message>
    <message>
        <source>No copies yet; they go in {folder}</source>
        <translation>还没有备份；备份将保存在 {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Make the workspace what it was on {created} ({reason})?

The current state is backed up first, so you can come back to it from this list.</source>
        <translation>将工作区恢复到 {created} 时的状态（{reason}）？

当前状态会先备份，您可以从此列表中恢复到它。</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>By recommendation (what the submissions say about each)</source>
        <translation>按建议（各提交材料对每项建议的论述）</translation>
    </message>
    <message>
        <source>By document (paragraphs with their recommendations, tags, notes)</source>
        <translation>按文档（段落及其建议、标签、备注）</translation>
    </message>
    <message>
        <source>By tag (paragraphs under each tag)</source>
        <translation>按标签（各标签下的段落）</translation>
    </message>
    <message>
        <source>Paragraphs linked, tagged or noted</source>
        <translation>已关联、已加标签或有备注的段落</translation>
    </message>
    <message>
        <source>Only paragraphs linked to a recommendation</source>
        <translation>仅与建议关联的段落</translation>
    </message>
    <message>
        <source>Only tagged paragraphs</source>
        <translation>仅已加标签的段落</translation>
    </message>
    <message>
        <source>Only paragraphs with notes</source>
        <translation>仅有备注的段落</translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation>所有段落</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A review: its documents, and the recommendations made in it or that its documents respond to (the previous review&apos;s)</source>
        <translation>一次审议：其文档，以及该次审议中提出的建议或其文档所回应的建议（上一次审议的建议）</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>审议(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Arrange:</source>
        <translation>编排方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>段落(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>any report, or e.g. A/HRC/40/6</source>
        <translation>任意报告，或例如 A/HRC/40/6</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>any theme, or a code (A12) or words of its name</source>
        <translation>任意专题，或专题代码（A12），或专题名称中的词语</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>专题(&amp;H)：</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>立场(&amp;I)：</translation>
    </message>
    <message>
        <source>Notes as Word comments (otherwise as text under each paragraph)</source>
        <translation>将备注作为 Word 批注（否则作为文本置于每个段落下方）</translation>
    </message>
    <message>
        <source>Links accepted from the suggestions (marked as such)</source>
        <translation>从推荐中接受的关联（并注明来源）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>no reviewer named on the brief</source>
        <translation>简报上不署审阅人姓名</translation>
    </message>
    <message>
        <source>The reviewer named on the cover (Edit › Reviewer name…)</source>
        <translation>封面上署名的审阅人（编辑 › 审阅人姓名…）</translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation>审阅人(&amp;W)：</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>纸张大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>The language of the brief&apos;s headings, labels and dates</source>
        <translation>简报标题、标签和日期所用的语言</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>where to save the .docx</source>
        <translation>.docx 文件的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Could not read the workspace: {exc}</source>
        <translation>无法读取工作区：{exc}</translation>
    </message>
    <message>
        <source>All its documents</source>
        <translation>其所有文档</translation>
    </message>
    <message>
        <source>Save the Word brief as</source>
        <translation>将 Word 简报另存为</translation>
    </message>
    <message>
        <source>UPR brief</source>
        <translation>普遍定期审议简报</translation>
    </message>
    <message>
        <source>disable: never (a server on this computer)</source>
        <translation>disable：从不（本机上的服务器）</translation>
    </message>
    <message>
        <source>allow: only if the server insists</source>
        <translation>allow：仅当服务器要求时</translation>
    </message>
    <message>
        <source>prefer: if the server offers it (libpq&apos;s default)</source>
        <translation>prefer：服务器提供时使用（libpq 的默认值）</translation>
    </message>
    <message>
        <source>require: always, without checking the certificate</source>
        <translation>require：始终使用，不检查证书</translation>
    </message>
    <message>
        <source>verify-ca: always, the certificate signed by a known authority</source>
        <translation>verify-ca：始终使用，证书须由已知机构签发</translation>
    </message>
    <message>
        <source>verify-full: always, the certificate naming this server</source>
        <translation>verify-full：始终使用，证书须指明此服务器</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>连接团队工作区</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the team shares: everyone&apos;s tags, notes and links, seen by the others as they are made.</source>
        <translation>团队工作区是团队共享的 PostgreSQL 数据库：每个人的标签、备注和关联一经创建，其他人即可看到。</translation>
    </message>
    <message>
        <source>postgresql://ana@db.example.org:5432/upr</source>
        <translation>postgresql://ana@db.example.org:5432/upr</translation>
    </message>
    <message>
        <source>Paste the URL your administrator gave you, or fill in the fields</source>
        <translation>粘贴管理员提供的 URL，或填写各个字段</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org（留空：本计算机）</translation>
    </message>
    <message>
        <source>upr</source>
        <translation>upr</translation>
    </message>
    <message>
        <source>your PostgreSQL login</source>
        <translation>您的 PostgreSQL 登录名</translation>
    </message>
    <message>
        <source>Given to this connection only; the program never stores it</source>
        <translation>仅用于本次连接；程序绝不存储密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;E)：</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SSL(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>The URL&apos;s port is not a number</source>
        <translation>URL 中的端口不是数字</translation>
    </message>
    <message>
        <source>Connecting to {place}…</source>
        <translation>正在连接 {place}…</translation>
    </message>
    <message>
        <source>Connected as {role}</source>
        <translation>已以 {role} 身份连接</translation>
    </message>
    <message>
        <source>The password was not accepted; type it again.</source>
        <translation>密码未被接受，请重新输入。</translation>
    </message>
    <message>
        <source>The server asks for a password: type it and press Connect. It is used for this connection only, never stored.</source>
        <translation>服务器要求输入密码：请输入后按“连接”。密码仅用于本次连接，不会保存。</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>编辑文档详细信息</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>撰写者</translation>
    </message>
    <message>
        <source>It brought recommendations to the registry: its kind is what it was imported as</source>
        <translation>此文档曾向建议库提供建议：其类型即导入时的类型</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n 条脚注</numerusform>
        </translation>
    </message>
    <message>
        <source>{paragraphs} and {footnotes}</source>
        <translation>{paragraphs}和{footnotes}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) with theirs</source>
        <translation>
            <numerusform>%n 个较早版本及其内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) made by a reviewer</source>
        <translation>
            <numerusform>%n 个由审阅人建立的关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed mark(s)</source>
        <translation>
            <numerusform>%n 个已审阅标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed check finding(s)</source>
        <translation>
            <numerusform>%n 条已忽略的检查结果</numerusform>
        </translation>
    </message>
    <message>
        <source>no review work (no tags, notes, links made by reviewers or reviewed marks)</source>
        <translation>没有审阅工作（没有标签、备注、审阅人建立的关联或已审阅标记）</translation>
    </message>
    <message numerus="yes">
        <source>The %n recommendation(s) it brought stay in the registry, with the links other documents make to them.</source>
        <translation>
            <numerusform>它带来的 %n 项建议仍保留在建议库中，其他文档与这些建议的关联也保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;“{title}”&lt;/b&gt; ({file}) from the workspace?</source>
        <translation>要从工作区中移除&lt;b&gt;“{title}”&lt;/b&gt;（{file}）吗？</translation>
    </message>
    <message>
        <source>A backup copy of the workspace is made first, and Edit › Undo (Ctrl+Z) brings it back with everything.</source>
        <translation>会先创建工作区的备份副本，且“编辑 › 撤销”（Ctrl+Z）可将其连同所有内容一起恢复。</translation>
    </message>
    <message>
        <source>Going with it:</source>
        <translation>将一并移除：</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: the same text as “{title}” (document {number}, {file})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：与“{title}”（文档 {number}，{file}）文本相同</translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>已在工作区中</translation>
    </message>
    <message>
        <source>These files hold the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, they would be a document of their own, and every search would find the text twice.</source>
        <translation>这些文件包含工作区中已有文档的文本，只是格式不同：&lt;ul&gt;{rows}&lt;/ul&gt;如果导入，它们将成为独立的文档，每次搜索都会找到两份相同的文本。</translation>
    </message>
    <message>
        <source>This file holds the text of a document already here, in another format:&lt;ul&gt;{rows}&lt;/ul&gt;Imported, it would be a document of its own, and every search would find the text twice.</source>
        <translation>此文件包含工作区中已有文档的文本，只是格式不同：&lt;ul&gt;{rows}&lt;/ul&gt;如果导入，它将成为独立的文档，每次搜索都会找到两份相同的文本。</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import anyway</source>
        <translation>仍然导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation>选择文本编码</translation>
    </message>
    <message>
        <source>The encoding of &lt;b&gt;{name}&lt;/b&gt; could not be recognised with certainty. Choose the one in which the text reads correctly:</source>
        <translation>无法确定 &lt;b&gt;{name}&lt;/b&gt; 的编码。请选择能使文本正确显示的编码：</translation>
    </message>
    <message>
        <source>Encodings</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The text read in this encoding</source>
        <translation>以此编码读取的文本</translation>
    </message>
    <message>
        <source>&amp;The text read in this encoding:</source>
        <translation>按此编码读取的文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Laying out the brief</source>
        <translation>正在排版简报</translation>
    </message>
    <message>
        <source>Export Word brief</source>
        <translation>导出 Word 简报</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>篇幅：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the brief in the program the system uses for .docx</source>
        <translation>用系统中打开 .docx 文件的程序打开简报</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Estimating the length…</source>
        <translation>正在估算篇幅…</translation>
    </message>
    <message>
        <source>more than {pages} pages: narrow it before a meeting?</source>
        <translation>超过 {pages} 页：开会前要缩小范围吗？</translation>
    </message>
    <message>
        <source>Could not estimate the length: {error}</source>
        <translation>无法估算篇幅：{error}</translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation>请选择简报的保存位置。</translation>
    </message>
    <message>
        <source>Estimating the length before writing…</source>
        <translation>写入前正在估算篇幅…</translation>
    </message>
    <message>
        <source>Not written: narrow the choices, or Export again to write it.</source>
        <translation>未写入：请缩小选择范围，或再次点击“导出”以写入。</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>about %n page(s)</source>
        <translation>
            <numerusform>约 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {what}</source>
        <translation>已写入 {file}：{what}</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The system could not open {file}.</source>
        <translation>系统无法打开 {file}。</translation>
    </message>
    <message>
        <source>The brief was not written</source>
        <translation>简报未写入</translation>
    </message>
    <message>
        <source>To narrow it: {ways}.</source>
        <translation>缩小范围的方法：{ways}。</translation>
    </message>
    <message>
        <source>To narrow it, choose fewer documents or recommendations.</source>
        <translation>要缩小范围，请选择较少的文档或建议。</translation>
    </message>
    <message>
        <source>A long brief</source>
        <translation>简报篇幅较长</translation>
    </message>
    <message numerus="yes">
        <source>This brief will run to about %n page(s).</source>
        <translation>
            <numerusform>此简报约有 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n page(s)</source>
        <translation>
            <numerusform>写入 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back and narrow it</source>
        <translation>返回并缩小范围</translation>
    </message>
    <message>
        <source>Replace the brief?</source>
        <translation>要替换简报吗？</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{parent} 中已存在 {name}。要替换吗？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Single keys work while the reading pane or a list has focus; in a text field they type as usual.  Up/Down also move through paragraphs.</source>
        <translation>当阅读窗格或列表获得焦点时，单键快捷键有效；在文本框中则照常输入。上/下方向键也可在段落间移动。</translation>
    </message>
    <message>
        <source>Read stakeholder submissions, link paragraphs to Universal Periodic Review recommendations, tag and annotate them, and export Word briefs.</source>
        <translation>阅读利益攸关方提交材料，将段落与普遍定期审议建议关联，为其添加标签和备注，并导出 Word 简报。</translation>
    </message>
    <message>
        <source>Workspace: {place}</source>
        <translation>工作区：{place}</translation>
    </message>
    <message>
        <source>(team workspace; your role: {role})</source>
        <translation>（团队工作区；您的角色：{role}）</translation>
    </message>
    <message>
        <source>Licensed under the GNU AGPL-3.0-or-later.</source>
        <translation>依据 GNU AGPL-3.0 或更高版本许可。</translation>
    </message>
    <message>
        <source>About UPR Reviewer</source>
        <translation>关于 UPR Reviewer</translation>
    </message>
    <message>
        <source>UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)</source>
        <translation>UPR Reviewer 工作区 (*.sqlite *.upr.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>Predecessor decisions</source>
        <translation>对应建议的决定</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>已忽略的检查结果</translation>
    </message>
    <message>
        <source>Tagged paragraphs</source>
        <translation>已加标签的段落</translation>
    </message>
    <message>
        <source>Tagged passages</source>
        <translation>已加标签的片段</translation>
    </message>
    <message>
        <source>Reviewed marks</source>
        <translation>已审阅标记</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>历史记录条目</translation>
    </message>
    <message>
        <source>Recommendations&apos; texts in other languages</source>
        <translation>建议的其他语言文本</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) updated</source>
        <translation>
            <numerusform>更新 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (both texts kept)</source>
        <translation>
            <numerusform>%n 处冲突（两份文本均已保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) added</source>
        <translation>
            <numerusform>新增 %n 条历史记录</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new: this workspace already had all of it</source>
        <translation>没有新内容：此工作区已包含全部内容</translation>
    </message>
    <message>
        <source>a .sqlite file, or postgresql://user@host/database</source>
        <translation>.sqlite 文件，或 postgresql://user@host/database</translation>
    </message>
    <message>
        <source>only if ~/.pgpass or $PGPASSWORD lacks it</source>
        <translation>仅当 ~/.pgpass 或 $PGPASSWORD 中没有密码时填写</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>工作区(&amp;W)：</translation>
    </message>
    <message>
        <source>Merge workspace</source>
        <translation>合并工作区</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s documents and work into this workspace: a copy taken to a laptop, a colleague&apos;s file, or the team&apos;s database. Nothing is lost: when both copies changed one note or decided one link, the later stays and the other is kept beside it or in the history. The other copy is only read.</source>
        <translation>将另一副本的文档和工作并入此工作区：带到笔记本电脑上的副本、同事的文件或团队数据库。不会丢失任何内容：如果两个副本都修改了同一条备注或对同一关联作了决定，保留较新的一方，另一方保存在旁边或历史记录中。另一副本只会被读取。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Copy workspace to</source>
        <translation>将工作区复制到</translation>
    </message>
    <message>
        <source>Copy this workspace, every row as it is, to a new file (to work offline) or to an empty team database. Work on the copy can be merged back later with File › Merge workspace….</source>
        <translation>将此工作区的每一行原样复制到新文件（用于离线工作）或空的团队数据库。之后可通过“文件 › 合并工作区…”将在副本上的工作合并回来。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Merge workspace: report</source>
        <translation>合并工作区：报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged {source}&lt;/b&gt;&lt;br&gt;{value}</source>
        <translation>&lt;b&gt;已合并 {source}&lt;/b&gt;&lt;br&gt;{value}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>此处保留的</translation>
    </message>
    <message>
        <source>The other copy&apos;s</source>
        <translation>另一副本的</translation>
    </message>
    <message>
        <source>Both copies changed these; nothing was lost:</source>
        <translation>两个副本都修改了以下内容；没有丢失任何内容：</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>未并入</translation>
    </message>
    <message>
        <source>The workspace as it was before the merge: {name} (File › Restore from backup…)</source>
        <translation>合并前的工作区：{name}（文件 › 从备份恢复…）</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>Both texts of the note are kept</source>
        <translation>备注的两份文本均已保留</translation>
    </message>
    <message>
        <source>{who} saved this note while you were editing it: both texts are kept</source>
        <translation>{who} 在您编辑此备注时保存了它：两份文本均已保留</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: theirs in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation>&lt;b&gt;{who} 在您编辑此备注时保存了它。&lt;/b&gt;两份文本均已保留：对方的文本在原备注中，您的文本在同一段落上紧邻原备注的一条新备注中。请比较二者，保留您认同的内容；按 Ctrl+Z 可撤回您的文本。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} saved this note while you were editing it.&lt;/b&gt; Both texts are kept: the saved one in the note, yours in a new note beside it on the same paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back.</source>
        <translation>&lt;b&gt;{who} 在您编辑此备注时保存了它。&lt;/b&gt;两份文本均已保留：已保存的文本在原备注中，您的文本在同一段落上紧邻原备注的一条新备注中。请比较二者，保留您认同的内容；按 Ctrl+Z 可撤回您的文本。</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>（此后已删除）</translation>
    </message>
    <message>
        <source>{who}&apos;s text (saved {when})</source>
        <translation>{who}的文本（保存于 {when}）</translation>
    </message>
    <message>
        <source>{who}&apos;s text</source>
        <translation>{who}的文本</translation>
    </message>
    <message>
        <source>Your text (a new note)</source>
        <translation>您的文本（一条新备注）</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读方式</translation>
    </message>
    <message>
        <source>Numbers landing</source>
        <translation>对应上的编号</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Propose a reading of the short numbers</source>
        <translation>提出简写编号的解读方案</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <source>Short numbers read against {report}</source>
        <translation>简写编号对照 {report} 解读</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>建议采用</translation>
    </message>
    <message>
        <source>accepted now</source>
        <translation>当前已接受</translation>
    </message>
    <message>
        <source>{landed} of {total}</source>
        <translation>{landed}/{total}</translation>
    </message>
    <message>
        <source>&amp;Accept this reading</source>
        <translation>接受此解读(&amp;A)</translation>
    </message>
    <message>
        <source>No order to try: the report&apos;s numbers are not known.</source>
        <translation>没有可尝试的顺序：报告的编号未知。</translation>
    </message>
    <message>
        <source>{reading}: {landed} of {total} numbers land on recommendations about their section&apos;s subject.</source>
        <translation>{reading}：{total} 个编号中有 {landed} 个对应到与其所在章节主题相关的建议。</translation>
    </message>
    <message>
        <source>Review of the document</source>
        <translation>文档所属审议</translation>
    </message>
    <message>
        <source>Which review is &lt;b&gt;{title}&lt;/b&gt; part of?</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; 属于哪一次审议？</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>推测</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>已归入</translation>
    </message>
    <message>
        <source>Now {value} ({state}): {review_reason}</source>
        <translation>目前：{value}（{state}）：{review_reason}</translation>
    </message>
    <message>
        <source>in none</source>
        <translation>未归入任何审议</translation>
    </message>
    <message>
        <source>Estimating</source>
        <translation>正在估算</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>About {pages}: nothing matches these choices.</source>
        <translation>约 {pages}：没有符合这些选项的内容。</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>About {pages} on {paper}: {paragraphs} from {documents}, {recommendations}</source>
        <translation>{paper} 纸约 {pages}：{paragraphs}（来自 {documents}），{recommendations}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>choose one review</source>
        <translation>只选择一次审议</translation>
    </message>
    <message>
        <source>keep only paragraphs linked, tagged or noted</source>
        <translation>只保留已关联、已加标签或有备注的段落</translation>
    </message>
    <message>
        <source>choose one document</source>
        <translation>只选择一个文档</translation>
    </message>
    <message>
        <source>limit the recommendations to a report, theme or position</source>
        <translation>将建议限定于某份报告、某个专题或某种立场</translation>
    </message>
    <message>
        <source>Not in a review</source>
        <translation>不属于任何审议</translation>
    </message>
    <message>
        <source>Another review…</source>
        <translation>其他审议…</translation>
    </message>
    <message>
        <source>State: ISO code (SVN) or a code (SVN-1)</source>
        <translation>国家：ISO 代码（SVN）或审议代码（SVN-1）</translation>
    </message>
    <message>
        <source>cycle </source>
        <translation>轮次 </translation>
    </message>
    <message>
        <source>&amp;Another:</source>
        <translation>其他(&amp;A)：</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Paragraphs tagged (latest versions)</source>
        <translation>已加标签的段落（最新版本）</translation>
    </message>
    <message>
        <source>The key 1–9 that toggles it on a paragraph</source>
        <translation>在段落上切换该标签的按键 1–9</translation>
    </message>
    <message numerus="yes">
        <source>A group of %n tag(s)</source>
        <translation>
            <numerusform>包含 %n 个标签的组</numerusform>
        </translation>
    </message>
    <message>
        <source>F2 renames · Del deletes · Alt+↑/↓ moves · 1–9 gives the selected tag its key (0 takes it away) · drag a tag onto another to put it in that group · Ctrl+Z undoes</source>
        <translation>F2 重命名 · Del 删除 · Alt+↑/↓ 移动 · 1–9 为所选标签指定按键（0 取消按键）· 将标签拖到另一个标签上即可将其放入该组 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>无按键</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>按键 {key}</translation>
    </message>
    <message>
        <source>The key 1–9 that toggles the tag on the current paragraph</source>
        <translation>在当前段落上添加或取消该标签的按键 1–9</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>颜色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>分组(&amp;G)…</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>取消分组(&amp;N)</translation>
    </message>
    <message>
        <source>{value} ({value2})</source>
        <translation>{value} ({value2})</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>已将“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>“{name}”的颜色</translation>
    </message>
    <message>
        <source>There is no other tag to merge into</source>
        <translation>没有可合并到的其他标签</translation>
    </message>
    <message>
        <source>Group tags in “{group}”</source>
        <translation>将标签归入“{group}”组</translation>
    </message>
    <message>
        <source>None of the selected tags is in a group</source>
        <translation>所选标签都不在任何组中</translation>
    </message>
    <message>
        <source>Take tags out of their group</source>
        <translation>将标签移出其所在组</translation>
    </message>
    <message>
        <source>Move tags</source>
        <translation>移动标签</translation>
    </message>
    <message>
        <source>the tag is gone</source>
        <translation>该标签已不存在</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge {what} into:</source>
        <translation>将 {what} 合并到：</translation>
    </message>
    <message numerus="yes">
        <source>Merged {tags} into “{target}”: %n paragraph(s) moved — Ctrl+Z undoes</source>
        <translation>
            <numerusform>已将 {tags} 合并到“{target}”：移动了 %n 个段落 — 按 Ctrl+Z 可撤销</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {tags} from %n paragraph(s) — Ctrl+Z undoes</source>
        <translation>
            <numerusform>已从 %n 个段落中删除 {tags} — 按 Ctrl+Z 可撤销</numerusform>
        </translation>
    </message>
    <message>
        <source>Move tag “{name}”</source>
        <translation>移动标签“{name}”</translation>
    </message>
    <message>
        <source>Key {key} for “{name}”</source>
        <translation>为“{name}”设置按键 {key}</translation>
    </message>
    <message>
        <source>Key {key} toggles “{name}”</source>
        <translation>按键 {key} 切换“{name}”</translation>
    </message>
    <message>
        <source>No key for “{name}”</source>
        <translation>取消“{name}”的按键</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>标签分组</translation>
    </message>
    <message>
        <source>Put them in the group (a tag&apos;s name, or a new one):</source>
        <translation>放入以下组（某个标签的名称，或新的组名）：</translation>
    </message>
    <message>
        <source>Import as new version of…</source>
        <translation>导入为某文档的新版本…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; becomes the next version of the document chosen here: its paragraphs are matched with the latest version&apos;s, and the notes, tags, links and reviewed marks follow them.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 将成为此处所选文档的下一版本：其段落将与最新版本的段落进行匹配，备注、标签、关联和已审阅标记将随之转移。</translation>
    </message>
    <message>
        <source>&amp;Import as new version</source>
        <translation>导入为新版本(&amp;I)</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>第 {number} 段</translation>
    </message>
    <message>
        <source>{paragraph} of version {version}</source>
        <translation>版本 {version} 的 {paragraph}</translation>
    </message>
    <message>
        <source>read it there</source>
        <translation>在该处阅读</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>No work on paragraphs that are gone.</source>
        <translation>已删除的段落上没有工作内容。</translation>
    </message>
    <message>
        <source>Paragraphs of earlier versions that no later paragraph continues. The work on them is kept there; copy what still applies to the latest version.</source>
        <translation>较早版本中没有被后续段落延续的段落。其上的工作内容保留在原处；请将仍然适用的内容复制到最新版本。</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %n paragraph(s).</source>
        <translation>
            <numerusform>第一个版本：%n 个段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>From version {old} to {new}:</source>
        <translation>从版本 {old} 到版本 {new}：</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>第 {number} 段</translation>
    </message>
    <message>
        <source>{counts} kept on it</source>
        <translation>其上保留了 {counts}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone</source>
        <translation>已删除段落上的工作</translation>
    </message>
    <message>
        <source>&amp;Show this version</source>
        <translation>显示此版本(&amp;S)</translation>
    </message>
    <message>
        <source>Read it in the reading pane (an earlier one read-only)</source>
        <translation>在阅读窗格中阅读（较早的版本为只读）</translation>
    </message>
    <message>
        <source>Versions of “{title}”</source>
        <translation>“{title}”的版本</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>版本 {number}</translation>
    </message>
    <message>
        <source>Work on paragraphs that are gone ({n})</source>
        <translation>已删除段落上的工作（{n}）</translation>
    </message>
    <message>
        <source>&amp;Show the latest version</source>
        <translation>显示最新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>{name} already exists; use File → Open to open it.</source>
        <translation>{name} 已存在；请使用“文件 → 打开工作区”打开它。</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>还没有其他工作区</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>{path} is no longer there (moved or deleted); it is removed from the list.</source>
        <translation>{path} 已不存在（已被移动或删除）；已将其从列表中移除。</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>审阅人姓名</translation>
    </message>
    <message>
        <source>Your name, recorded on the links, tags and notes you make:</source>
        <translation>您的姓名，将记录在您创建的关联、标签和备注上：</translation>
    </message>
    <message>
        <source>New links, tags and notes are recorded as {name}</source>
        <translation>新的关联、标签和备注将以 {name} 的名义记录</translation>
    </message>
    <message>
        <source>The Word export is not available: {exc}</source>
        <translation>Word 导出功能不可用：{exc}</translation>
    </message>
    <message>
        <source>Restored {name}; the state before is kept as {name2}</source>
        <translation>已恢复 {name}；恢复前的状态已保存为 {name2}</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)</source>
        <translation>文档 (*.pdf *.docx *.txt *.md *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing {name} ({value} of {total})…</source>
        <translation>正在导入 {name}（第 {value} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. </source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:&lt;ul&gt;{rows}&lt;/ul&gt;Fix or convert the file and import it again.</source>
        <translation>
            <numerusform>%n 个文件无法导入：&lt;ul&gt;{rows}&lt;/ul&gt;请修复或转换文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The paragraph is reviewed as it now reads: the mark goes (Space; Ctrl+Z undoes)</source>
        <translation>按段落当前文本将其标记为已审阅：更改标记随之清除（Space；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Take the mark off without marking it reviewed</source>
        <translation>清除更改标记，但不将段落标记为已审阅</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{value}&apos;&gt;✎ {value2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:{MUTED}&apos;&gt;Not in the version before.&lt;/i&gt;</source>
        <translation>&lt;i style=&apos;color:{MUTED}&apos;&gt;上一版本中没有此段落。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to UPR Reviewer.&lt;/b&gt; Your name is recorded on the links, tags and notes you make:</source>
        <translation>&lt;b&gt;欢迎使用 UPR Reviewer。&lt;/b&gt;您创建的关联、标签和备注上会记录您的姓名：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>保存姓名(&amp;S)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Record your work as “{suggestion}” for now; the name can be changed any time (Edit › Reviewer name…)</source>
        <translation>暂时以“{suggestion}”的名义记录您的工作；姓名可随时更改（编辑 › 审阅人姓名…）</translation>
    </message>
    <message>
        <source>tagged “{tag}”</source>
        <translation>添加了标签“{tag}”</translation>
    </message>
    <message>
        <source>removed the tag “{tag}”</source>
        <translation>移除了标签“{tag}”</translation>
    </message>
    <message>
        <source>tagged the words “{quote}” as “{tag}”</source>
        <translation>为词语“{quote}”添加了标签“{tag}”</translation>
    </message>
    <message>
        <source>took the tag “{tag}” off the words “{quote}”</source>
        <translation>从词语“{quote}”上移除了标签“{tag}”</translation>
    </message>
    <message>
        <source>noted “{text}”</source>
        <translation>添加了备注“{text}”</translation>
    </message>
    <message>
        <source>edited a note: “{text}” (was “{before}”)</source>
        <translation>编辑了备注：“{text}”（原为“{before}”）</translation>
    </message>
    <message>
        <source>saved a note beside a colleague&apos;s edit: “{text}”</source>
        <translation>在同事的修改旁保存了一条备注：“{text}”</translation>
    </message>
    <message>
        <source>deleted the note “{text}”</source>
        <translation>删除了备注“{text}”</translation>
    </message>
    <message>
        <source>marked it reviewed</source>
        <translation>将其标记为已审阅</translation>
    </message>
    <message>
        <source>cleared its reviewed mark</source>
        <translation>清除了其已审阅标记</translation>
    </message>
    <message>
        <source>linked it to {recommendation}</source>
        <translation>将其关联到 {recommendation}</translation>
    </message>
    <message>
        <source>removed the link to {recommendation}</source>
        <translation>移除了与 {recommendation} 的关联</translation>
    </message>
    <message>
        <source>imported “{title}”</source>
        <translation>导入了“{title}”</translation>
    </message>
    <message>
        <source>removed “{title}”</source>
        <translation>移除了“{title}”</translation>
    </message>
    <message>
        <source>brought back “{title}”</source>
        <translation>恢复了“{title}”</translation>
    </message>
    <message>
        <source>confirmed the link to {recommendation}</source>
        <translation>确认了与 {recommendation} 的关联</translation>
    </message>
    <message>
        <source>rejected the link to {recommendation}</source>
        <translation>拒绝了与 {recommendation} 的关联</translation>
    </message>
    <message>
        <source>suggested the link to {recommendation} again</source>
        <translation>重新推荐了与 {recommendation} 的关联</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Paragraph history</source>
        <translation>段落历史记录</translation>
    </message>
    <message>
        <source>The history cannot be read now: {error}</source>
        <translation>目前无法读取历史记录：{error}</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history</source>
        <translation>选择一个段落以查看其历史记录</translation>
    </message>
    <message>
        <source>Nothing done to this paragraph yet</source>
        <translation>此段落尚无任何操作</translation>
    </message>
    <message>
        <source>{value}, {at:%Y-%m-%d %H:%M} UTC: {text}</source>
        <translation>{value}，{at:%Y-%m-%d %H:%M} UTC：{text}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message numerus="yes">
        <source>History: %n action(s), newest first</source>
        <translation>
            <numerusform>历史记录：%n 项操作，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Version {number} (earlier ones: right-click › Versions…)</source>
        <translation>版本 {number}（较早版本：右键单击 › 版本…）</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) in the registry</source>
        <translation>
            <numerusform>建议库中有 %n 项建议</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: {review}</source>
        <translation>审议：{review}</translation>
    </message>
    <message>
        <source>(a guess: confirm it from the right-click menu)</source>
        <translation>（推测：请通过右键菜单确认）</translation>
    </message>
    <message>
        <source>{review} is a guess</source>
        <translation>{review} 是推测结果</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Paragraphs marked reviewed</source>
        <translation>已标记为已审阅的段落</translation>
    </message>
    <message>
        <source>Mark this paragraph reviewed (Space or Ctrl+R)</source>
        <translation>将此段落标记为已审阅（Space 或 Ctrl+R）</translation>
    </message>
    <message>
        <source>Link: type 28.294 or words of a recommendation</source>
        <translation>关联：输入 28.294 或建议中的词语</translation>
    </message>
    <message>
        <source>Link the paragraph to a recommendation: pick one from the list (click, or Down then Enter) or type its number and press Enter.</source>
        <translation>将段落关联到建议：从列表中选择一条（单击，或按向下键后按 Enter），或输入其编号后按 Enter。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the selected link (Y; click the link first)</source>
        <translation>确认所选关联（Y；请先点击该关联）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reject the selected link (X; click the link first)</source>
        <translation>拒绝所选关联（X；请先点击该关联）</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Remove the selected link (Shift+Delete)</source>
        <translation>移除所选关联（Shift+Delete）</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What the paragraph&apos;s document cites, and what it was expected to</source>
        <translation>该段落所属文档引用了哪些建议，以及预期应引用哪些建议</translation>
    </message>
    <message>
        <source>Linked to {number}</source>
        <translation>已关联到 {number}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>not named yet (work recorded as {author})</source>
        <translation>尚未命名（工作记录为 {author}）</translation>
    </message>
    <message>
        <source>Reviewer: {who}</source>
        <translation>审阅人：{who}</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>Updated with changes saved by {who}</source>
        <translation>已更新为 {who} 保存的更改</translation>
    </message>
    <message>
        <source>Document coverage</source>
        <translation>文档覆盖情况</translation>
    </message>
    <message>
        <source>Write a note… (saved as you type)</source>
        <translation>撰写备注…（输入时自动保存）</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>新建备注(&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected note (undo brings it back)</source>
        <translation>删除所选备注（可撤销）</translation>
    </message>
    <message>
        <source>Editing the note by {value}</source>
        <translation>正在编辑 {value} 的备注</translation>
    </message>
    <message>
        <source>A note on the words</source>
        <translation>针对所选词语的备注</translation>
    </message>
    <message>
        <source>On “{words}”</source>
        <translation>针对“{words}”</translation>
    </message>
    <message>
        <source>Your note on “{words}”… (saved as you type)</source>
        <translation>您对“{words}”的备注…（输入时自动保存）</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Saved as {author}</source>
        <translation>已以 {author} 的名义保存</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>备注已保存</translation>
    </message>
    <message>
        <source>Saved beside {who}&apos;s text</source>
        <translation>已保存在 {who} 的文本旁</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back)</source>
        <translation>备注已删除（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A note on a passage quotes it first</source>
        <translation>针对片段的备注会先引用该片段</translation>
    </message>
    <message>
        <source>The paragraph&apos;s label and pages</source>
        <translation>段落编号及所在页码</translation>
    </message>
    <message>
        <source>On the passage: “{quote}”</source>
        <translation>针对片段：“{quote}”</translation>
    </message>
    <message>
        <source>(edited {when})</source>
        <translation>（编辑于 {when}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Click or Enter opens the paragraph</source>
        <translation>单击或按 Enter 键打开该段落</translation>
    </message>
    <message>
        <source>Filter notes by words…</source>
        <translation>按词语筛选备注…</translation>
    </message>
    <message>
        <source>Only this reviewer&apos;s notes</source>
        <translation>仅显示此审阅人的备注</translation>
    </message>
    <message>
        <source>Only the notes on this document</source>
        <translation>仅显示此文档中的备注</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>所有审议</translation>
    </message>
    <message>
        <source>The notes of every review, not only the window&apos;s</source>
        <translation>显示所有审议的备注，而不仅是窗口当前审议的备注</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>任意作者</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>任意文档</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>所有审议</translation>
    </message>
    <message>
        <source>No notes in {where} yet: Ctrl+Shift+N writes one on a paragraph</source>
        <translation>{where} 中还没有备注：按 Ctrl+Shift+N 可为段落撰写备注</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in {where}</source>
        <translation>
            <numerusform>{where} 中有 %n 条备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n note(s) in {where}</source>
        <translation>
            <numerusform>{where} 中 %n 条备注中的 {n} 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>上一页（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>下一页（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大（Ctrl+=）</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>使页面适合宽度（Ctrl+0）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Open the file at this page</source>
        <translation>在此页打开文件</translation>
    </message>
    <message>
        <source>Open the original in the system&apos;s PDF viewer</source>
        <translation>在系统的 PDF 查看器中打开原始文件</translation>
    </message>
    <message>
        <source>The document is not in the workspace any more.</source>
        <translation>该文档已不在工作区中。</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>无法读取该文件：{error}</translation>
    </message>
    <message>
        <source>The file cannot be opened as a PDF any more.</source>
        <translation>该文件已无法作为 PDF 打开。</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Where this document&apos;s file is was not recorded: it was imported before the page view existed, or from another program.  Locate the file (or import it again) to see its pages here.</source>
        <translation>未记录此文档的文件位置：该文档是在页面视图推出之前导入的，或是从其他程序导入的。请找到该文件（或重新导入）以在此处查看其页面。</translation>
    </message>
    <message>
        <source>The original file is not at {path} any more: it was moved, renamed or deleted.  Locate it to see its pages here.</source>
        <translation>原始文件已不在 {path}：已被移动、重命名或删除。请找到该文件以在此处查看其页面。</translation>
    </message>
    <message>
        <source>The file at {path} is not the one that was imported: its content has changed since (another version saved over it?).  Locate the file that was imported to see its pages here.</source>
        <translation>{path} 处的文件不是当初导入的文件：其内容此后已更改（是否有其他版本覆盖了它？）。请找到当初导入的文件以在此处查看其页面。</translation>
    </message>
    <message>
        <source>A Word document has no fixed pages to show here: where its pages break depends on the program that lays it out.  Open it in Word or LibreOffice to see it as printed.</source>
        <translation>Word 文档没有可在此显示的固定页面：分页位置取决于排版所用的程序。请在 Word 或 LibreOffice 中打开以查看其打印效果。</translation>
    </message>
    <message>
        <source>A text file has no pages to show.</source>
        <translation>文本文件没有可显示的页面。</translation>
    </message>
    <message>
        <source>Where this paragraph stands on the page is not known (it was imported before the page view): import the file again to highlight it.</source>
        <translation>不知道此段落在页面上的位置（它是在页面视图推出之前导入的）：请重新导入该文件以突出显示此段落。</translation>
    </message>
    <message>
        <source>Select a paragraph to see the page it stands on.</source>
        <translation>选择一个段落以查看其所在页面。</translation>
    </message>
    <message>
        <source>&amp;Locate the file…</source>
        <translation>查找文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Open in &amp;Word/LibreOffice</source>
        <translation>在 Word/LibreOffice 中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>tag {name}</source>
        <translation>标签 {name}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <source>Words of the paragraph with a tag or a note: Enter shows them in the reading pane, Delete removes the tag or the note (Ctrl+Z brings it back)</source>
        <translation>段落中带有标签或备注的词语：按 Enter 在阅读窗格中显示，按 Delete 删除标签或备注（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected passage&apos;s tag or note (Delete)</source>
        <translation>移除所选片段的标签或备注（Delete）</translation>
    </message>
    <message>
        <source>Passages ({n})</source>
        <translation>片段（{n}）</translation>
    </message>
    <message>
        <source>Tag “{name}” removed from “{words}”</source>
        <translation>已从“{words}”移除标签“{name}”</translation>
    </message>
    <message>
        <source>Note on “{words}” deleted</source>
        <translation>已删除针对“{words}”的备注</translation>
    </message>
    <message>
        <source>(Ctrl+Z brings it back)</source>
        <translation>（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>This document is part of this review</source>
        <translation>此文档属于本次审议</translation>
    </message>
    <message>
        <source>Other review…</source>
        <translation>其他审议…</translation>
    </message>
    <message>
        <source>How this document&apos;s short numbers read against the report</source>
        <translation>此文档中的简写编号如何对照报告解读</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>解读为：</translation>
    </message>
    <message>
        <source>&amp;Propose a reading…</source>
        <translation>提出解读方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Try every order the numbers may follow against what the sections citing them are about, and choose one with its evidence</source>
        <translation>将编号可能遵循的每一种顺序与引用这些编号的章节内容逐一对照，并根据证据选择其中一种</translation>
    </message>
    <message>
        <source>Placed in {review} ({code}) by a guess</source>
        <translation>根据推测归入 {review}（{code}）</translation>
    </message>
    <message>
        <source>Short numbers</source>
        <translation>简写编号</translation>
    </message>
    <message>
        <source>({n} of {count} unresolved)</source>
        <translation>（{count} 个中有 {n} 个未解析）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Y accept · X reject · ↑↓ choose · Ctrl+Z undo</source>
        <translation>Y 接受 · X 拒绝 · ↑↓ 选择 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Recommendations of the review&apos;s previous cycle that this paragraph likely speaks to without citing them, ranked by the words they share.
They count nowhere until accepted.  Y accepts the selected one (it becomes a confirmed link), X rejects it (it is never suggested again for this paragraph); Ctrl+Z undoes.  Review › Suggest for this document (Ctrl+Shift+S) ranks them again.</source>
        <translation>本次审议上一轮提出的、此段落可能涉及但未引用的建议，按共有词语排序。
在接受之前，这些建议不计入任何统计。按 Y 接受所选推荐（使其成为已确认的关联），按 X 拒绝（此后不再为此段落推荐）；按 Ctrl+Z 撤销。“审阅 › 为此文档生成推荐”（Ctrl+Shift+S）会重新排序。</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Suggested recommendations</source>
        <translation>推荐的建议</translation>
    </message>
    <message>
        <source>No open suggestions left for this paragraph.</source>
        <translation>此段落已没有待处理的推荐。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept the selected suggestion: it becomes a confirmed link (Y)</source>
        <translation>接受所选推荐：使其成为已确认的关联（Y）</translation>
    </message>
    <message>
        <source>Reject the selected suggestion: it is never suggested again for this paragraph (X)</source>
        <translation>拒绝所选推荐：此后不再为此段落推荐（X）</translation>
    </message>
    <message>
        <source>Rejected suggestions are never suggested again for this paragraph.  To link one after all, type its number in the Link field.</source>
        <translation>已拒绝的推荐此后不会再为此段落推荐。如仍要关联，请在“关联”栏中输入其编号。</translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <translation>
            <numerusform>推荐（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;Rejected here: {numbers}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED}&apos;&gt;此处已拒绝：{numbers}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>New tag… (Enter adds it to this paragraph)</source>
        <translation>新建标签…（按 Enter 将其添加到此段落）</translation>
    </message>
    <message>
        <source>Toggle “{name}” on this paragraph</source>
        <translation>在此段落上切换“{name}”</translation>
    </message>
    <message>
        <source>(shortcut {key})</source>
        <translation>（快捷键 {key}）</translation>
    </message>
    <message>
        <source>in the group “{group}”</source>
        <translation>属于“{group}”组</translation>
    </message>
    <message>
        <source>Read another version of the document (earlier ones are read-only)</source>
        <translation>阅读文档的其他版本（较早的版本为只读）</translation>
    </message>
    <message>
        <source>Back to the &amp;latest</source>
        <translation>返回最新版本(&amp;L)</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版本…</translation>
    </message>
    <message>
        <source>Every version: what changed, the work kept on paragraphs gone</source>
        <translation>所有版本：修改内容，以及已删除段落上保留的工作</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {n} of {total}&lt;/b&gt;: read-only; work goes on the latest version</source>
        <translation>&lt;b&gt;第 {n} 版，共 {total} 版&lt;/b&gt;：只读；工作在最新版本上进行</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed since reviewed</source>
        <translation>
            <numerusform>%n 个段落在审阅后有改动</numerusform>
        </translation>
    </message>
    <message>
        <source>(&lt;a href=&apos;next&apos;&gt;next&lt;/a&gt;)</source>
        <translation>（&lt;a href=&apos;next&apos;&gt;下一个&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>No paragraph changed since reviewed</source>
        <translation>没有段落在审阅后有改动</translation>
    </message>
    <message>
        <source>Watching &lt;b&gt;{name}&lt;/b&gt; (&lt;a href=&apos;stop&apos;&gt;stop&lt;/a&gt;)</source>
        <translation>正在监视 &lt;b&gt;{name}&lt;/b&gt;（&lt;a href=&apos;stop&apos;&gt;停止&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>Coverage is that of one review: which of the recommendations it responds to its documents address.
Choose a review to see it.</source>
        <translation>覆盖情况针对某一次审议：其文档回应了该审议所涉建议中的哪些。
请选择一次审议以查看。</translation>
    </message>
    <message>
        <source>Choose a review…</source>
        <translation>选择审议…</translation>
    </message>
    <message>
        <source>The review you work on (Ctrl+Shift+R)</source>
        <translation>当前处理的审议（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the coverage as a workbook (XLSX) or CSV</source>
        <translation>将覆盖情况导出为工作簿（XLSX）或 CSV</translation>
    </message>
    <message>
        <source>Words or a number (28.294)…</source>
        <translation>词语或编号（28.294）…</translation>
    </message>
    <message>
        <source>Theme (a recommendation with several counts under each)</source>
        <translation>专题（属于多个专题的建议在每个专题下都计入）</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <source>The State&apos;s position on the recommendation</source>
        <translation>受审议国对该建议的立场</translation>
    </message>
    <message>
        <source>Nobody addressed</source>
        <translation>无人回应</translation>
    </message>
    <message>
        <source>Only the recommendations no document addresses (a confirmed link)</source>
        <translation>仅显示没有任何文档回应的建议（已确认的关联）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every recommendation</source>
        <translation>显示所有建议</translation>
    </message>
    <message>
        <source>Cell: paragraphs citing the recommendation — &lt;b&gt;2&lt;/b&gt; confirmed, &lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; suggested; a stronger blue: more paragraphs. Click a cell (or Enter) to read them.</source>
        <translation>单元格：引用该建议的段落 — &lt;b&gt;2&lt;/b&gt; 个已确认，&lt;span style=&apos;color:${cell_suggested_text}&apos;&gt;1?&lt;/span&gt; 个推荐；蓝色越深，段落越多。单击单元格（或按 Enter）即可阅读。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Every recommending State, not only the 25 with the most</source>
        <translation>所有提出建议的国家，而不仅是建议最多的 25 个</translation>
    </message>
    <message>
        <source>The States&apos; order</source>
        <translation>国家的排序</translation>
    </message>
    <message>
        <source>Most recommendations first</source>
        <translation>建议最多的在前</translation>
    </message>
    <message>
        <source>Most addressed first</source>
        <translation>回应最多的在前</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Only themes with an addressed recommendation</source>
        <translation>仅显示有已回应建议的专题</translation>
    </message>
    <message>
        <source>Leave out the themes nothing addresses (a shorter chart)</source>
        <translation>省略无人回应的专题（图表更短）</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>By &amp;theme</source>
        <translation>按专题(&amp;T)</translation>
    </message>
    <message>
        <source>By &amp;State</source>
        <translation>按国家(&amp;S)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>The chart as a picture at twice its size, for a slide</source>
        <translation>将图表保存为两倍大小的图片，用于幻灯片</translation>
    </message>
    <message>
        <source>The documents of {review} respond to no recommendations in this workspace yet.
Import the previous review&apos;s Working Group report or its thematic list: its recommendations are the rows of the coverage.</source>
        <translation>{review} 的文档尚未回应此工作区中的任何建议。
请导入上一次审议的工作组报告或其专题清单：其中的建议即覆盖情况的各行。</translation>
    </message>
    <message numerus="yes">
        <source>{review} · coverage by its %n document(s)</source>
        <translation>
            <numerusform>{review} · 其 %n 个文档的覆盖情况</numerusform>
        </translation>
    </message>
    <message>
        <source>{review} · no document with paragraphs yet: import its submissions</source>
        <translation>{review} · 还没有含段落的文档：请导入其提交材料</translation>
    </message>
    <message>
        <source>someone has edited the note since; their text is left as it is</source>
        <translation>此后有人编辑过该备注；其文本保持不变</translation>
    </message>
    <message>
        <source>the note is gone</source>
        <translation>该备注已不存在</translation>
    </message>
    <message>
        <source>Add passage note</source>
        <translation>添加片段备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Save note beside a colleague&apos;s</source>
        <translation>将备注另存于同事的备注旁</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>“{title}” brought recommendations: there is no draft to check.</source>
        <translation>“{title}”带来的是建议：没有可检查的草稿。</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>没有草稿</translation>
    </message>
    <message>
        <source>Checking “{title}”…</source>
        <translation>正在检查“{title}”…</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>检查失败：{error}</translation>
    </message>
    <message>
        <source>This finding is about the whole document</source>
        <translation>此检查结果针对整个文档</translation>
    </message>
    <message>
        <source>Finding dismissed for this document (Ctrl+Z brings it back)</source>
        <translation>已对此文档忽略该检查结果（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>only a Word (.docx) draft can carry comments; this one is {format}</source>
        <translation>只有 Word（.docx）草稿可以带批注；此草稿为 {format}</translation>
    </message>
    <message>
        <source>Check a draft first (F7)</source>
        <translation>请先检查草稿（F7）</translation>
    </message>
    <message>
        <source>{title} - check.docx</source>
        <translation>{title} - 检查.docx</translation>
    </message>
    <message>
        <source>Save check report</source>
        <translation>保存检查报告</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>The check report was not saved: {exc}</source>
        <translation>检查报告未保存：{exc}</translation>
    </message>
    <message numerus="yes">
        <source>Check report saved: {file} (%n finding(s))</source>
        <translation>
            <numerusform>检查报告已保存：{file}（%n 项发现）</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (checked).docx</source>
        <translation>{name}（已检查）.docx</translation>
    </message>
    <message>
        <source>; the file changed since it was checked: comments went by text</source>
        <translation>；该文件在检查后已更改：批注按文本定位</translation>
    </message>
    <message numerus="yes">
        <source>Annotated copy saved: {file} (%n comment(s)){note}</source>
        <translation>
            <numerusform>带批注的副本已保存：{file}（%n 条批注）{note}</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotated copy: {reason}</source>
        <translation>无法生成批注副本：{reason}</translation>
    </message>
    <message>
        <source>Where is the draft {file}?</source>
        <translation>草稿 {file} 在哪里？</translation>
    </message>
    <message>
        <source>Save annotated copy</source>
        <translation>保存批注副本</translation>
    </message>
    <message>
        <source>The annotated copy was not saved: {exc}</source>
        <translation>批注副本未保存：{exc}</translation>
    </message>
    <message>
        <source>version {version} of “{title}” (document {number})</source>
        <translation>“{title}”的版本 {version}（文档 {number}）</translation>
    </message>
    <message>
        <source>“{title}” (document {number})</source>
        <translation>“{title}”（文档 {number}）</translation>
    </message>
    <message>
        <source>{file} is already in the workspace as {document}</source>
        <translation>{file} 已作为{document}存在于工作区中</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} failed</source>
        <translation>，{n} 个失败</translation>
    </message>
    <message>
        <source>already in the workspace: </source>
        <translation>已在工作区中：</translation>
    </message>
    <message>
        <source>{file} as {document}</source>
        <translation>{file} 即{document}</translation>
    </message>
    <message>
        <source>{file} repeats “{title}” (document {number})</source>
        <translation>{file} 与“{title}”（文档 {number}）重复</translation>
    </message>
    <message>
        <source>Ren&amp;ame document…</source>
        <translation>重命名文档(&amp;A)…</translation>
    </message>
    <message>
        <source>A new title for the selected document</source>
        <translation>为所选文档设置新标题</translation>
    </message>
    <message>
        <source>Edit document detai&amp;ls…</source>
        <translation>编辑文档详细信息(&amp;L)…</translation>
    </message>
    <message>
        <source>The selected document&apos;s title, organisation and kind</source>
        <translation>所选文档的标题、组织和类型</translation>
    </message>
    <message>
        <source>Remove &amp;document…</source>
        <translation>移除文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected document with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation>移除所选文档及其段落和审阅工作（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>A new title</source>
        <translation>新标题</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>编辑详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Its title, organisation and kind</source>
        <translation>其标题、组织和类型</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>移除(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove it with its paragraphs and review work (Ctrl+Z brings it back)</source>
        <translation>连同其段落和审阅工作一起移除（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Removed “{title}”; Edit › Undo brings it back</source>
        <translation>已移除“{title}”；“编辑 › 撤销”可将其恢复</translation>
    </message>
    <message>
        <source>(backup copy: {file})</source>
        <translation>（备份副本：{file}）</translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation>请先选择一个文档</translation>
    </message>
    <message>
        <source>“{title}” is back</source>
        <translation>“{title}”已恢复</translation>
    </message>
    <message>
        <source>The document was not brought back</source>
        <translation>文档未能恢复</translation>
    </message>
    <message>
        <source>Skipped {names}: already in the workspace in another format</source>
        <translation>已跳过 {names}：工作区中已有其他格式的相同文档</translation>
    </message>
    <message>
        <source>An import is running: {names} not imported; import it again after</source>
        <translation>正在进行导入：{names} 未导入；请在导入完成后重新导入</translation>
    </message>
    <message>
        <source>C&amp;heck pane</source>
        <translation>检查窗格(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Every version of the document, what changed, the work on gone paragraphs</source>
        <translation>文档的所有版本、修改内容，以及已删除段落上的工作</translation>
    </message>
    <message>
        <source>Import a &amp;new version of this…</source>
        <translation>导入其新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose the file holding the document&apos;s next version</source>
        <translation>选择包含文档下一版本的文件</translation>
    </message>
    <message>
        <source>Import the file again as the next version each time it is saved</source>
        <translation>每次保存该文件时，将其重新导入为下一版本</translation>
    </message>
    <message>
        <source>Chec&amp;k this draft</source>
        <translation>检查此草稿(&amp;K)</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>正在索引…</translation>
    </message>
    <message>
        <source>New paragraphs are being added to the search index; everything else works</source>
        <translation>正在将新段落添加到搜索索引；其他功能均可正常使用</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n document(s) for search…</source>
        <translation>
            <numerusform>正在为搜索索引 %n 个文档…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search does not find the paragraphs of %n document(s) yet: they are being indexed</source>
        <translation>
            <numerusform>搜索暂时找不到 %n 个文档的段落：正在为其建立索引</numerusform>
        </translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>dismissed findings</source>
        <translation>已忽略的检查结果</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tagged paragraphs</source>
        <translation>已加标签的段落</translation>
    </message>
    <message>
        <source>tagged passages</source>
        <translation>已加标签的片段</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>reviewed marks</source>
        <translation>已审阅标记</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>earlier cycles&apos; recommendations</source>
        <translation>以往周期的建议</translation>
    </message>
    <message>
        <source>Wait for the import or merge under way to finish</source>
        <translation>请等待正在进行的导入或合并完成</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Merged {source}: {value}</source>
        <translation>已合并 {source}：{value}</translation>
    </message>
    <message>
        <source>Wait for the merge or copy under way to finish</source>
        <translation>请等待正在进行的合并或复制完成</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation>复制工作区</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}</source>
        <translation>已将 {total} 行复制到 {target}</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}.

Work on the copy can be merged back with File › Merge workspace….</source>
        <translation>已将 {total} 行复制到 {target}。

可通过“文件 › 合并工作区…”将在副本上的工作合并回来。</translation>
    </message>
    <message>
        <source>{value}: {value2}…</source>
        <translation>{value}：{value2}…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Page view</source>
        <translation>页面视图(&amp;P)</translation>
    </message>
    <message>
        <source>The PDF page of the selected paragraph, the paragraph highlighted</source>
        <translation>所选段落所在的 PDF 页面，并突出显示该段落</translation>
    </message>
    <message>
        <source>The file is not where it was: locate it first</source>
        <translation>文件已不在原来的位置：请先找到它</translation>
    </message>
    <message>
        <source>Opened {name} at page {page}</source>
        <translation>已打开 {name}，位于第 {page} 页</translation>
    </message>
    <message>
        <source>No program to open {name} was found on this computer</source>
        <translation>在此计算机上找不到可打开 {name} 的程序</translation>
    </message>
    <message>
        <source>Opened {name} in the system&apos;s viewer: go to page {page}</source>
        <translation>已在系统查看器中打开 {name}：请转到第 {page} 页</translation>
    </message>
    <message>
        <source>Opened {name} in the program for Word documents</source>
        <translation>已在 Word 文档程序中打开 {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Locate “{file}”</source>
        <translation>查找“{file}”</translation>
    </message>
    <message>
        <source>Found: {path}</source>
        <translation>已找到：{path}</translation>
    </message>
    <message>
        <source>Select words in the paragraph first: drag over them, or press F2 then Shift+arrows</source>
        <translation>请先在段落中选择词语：用鼠标拖选，或按 F2 后使用 Shift+方向键</translation>
    </message>
    <message>
        <source>Untagged “{words}” from “{name}” (Ctrl+Z undoes)</source>
        <translation>已从“{words}”上移除标签“{name}”（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Tagged “{words}” as “{name}” (Ctrl+Z undoes)</source>
        <translation>已为“{words}”添加标签“{name}”（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Tag the selected words</source>
        <translation>为所选词语添加标签</translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation>新标签：</translation>
    </message>
    <message>
        <source>Shift+arrows select words; then 1–9 tag them, Shift+N notes them; Esc leaves</source>
        <translation>Shift+方向键选择词语；然后按 1–9 添加标签，按 Shift+N 添加备注；按 Esc 退出</translation>
    </message>
    <message>
        <source>Select a paragraph first</source>
        <translation>请先选择一个段落</translation>
    </message>
    <message>
        <source>&amp;Tag selection</source>
        <translation>为所选内容添加标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark scheme</source>
        <translation>跟随桌面的浅色或深色方案</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on light panes</source>
        <translation>浅色窗格上的深色文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on dark panes</source>
        <translation>深色窗格上的浅色文字</translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents yet&lt;/b&gt;&lt;br&gt;Import submissions and UN documents (PDF, Word, text), or drop their files here.</source>
        <translation>&lt;b&gt;还没有文档&lt;/b&gt;&lt;br&gt;请导入提交材料和联合国文档（PDF、Word、文本），或将其文件拖放到此处。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No documents in this review yet&lt;/b&gt;&lt;br&gt;Import its documents, or drop their files here; “All reviews” in the toolbar shows every document.</source>
        <translation>&lt;b&gt;本次审议还没有文档&lt;/b&gt;&lt;br&gt;请导入其文档，或将其文件拖放到此处；工具栏中的“所有审议”会显示所有文档。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations yet&lt;/b&gt;&lt;br&gt;The registry fills from the UN documents that list them: the Working Group&apos;s report on a review (A/HRC/…, PDF or Word), its addendum with the State&apos;s responses, OHCHR&apos;s thematic list of recommendations, or a UPR Info database export (XLSX or CSV).  Import them, or drop their files here; submissions citing them then link to them.</source>
        <translation>&lt;b&gt;还没有建议&lt;/b&gt;&lt;br&gt;建议库的内容来自列出建议的联合国文档：关于某次审议的工作组报告（A/HRC/…，PDF 或 Word）、载有该国答复的增编、人权高专办的建议专题清单，或 UPR Info 数据库导出文件（XLSX 或 CSV）。请导入这些文档，或将其文件拖放到此处；引用这些建议的提交材料随后便会与之关联。</translation>
    </message>
    <message>
        <source>No notes on this paragraph</source>
        <translation>此段落没有备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendations for this review yet&lt;/b&gt;&lt;br&gt;Import the Working Group&apos;s report on it (A/HRC/…), its addendum with the State&apos;s responses or OHCHR&apos;s thematic list.</source>
        <translation>&lt;b&gt;本次审议还没有建议&lt;/b&gt;&lt;br&gt;请导入关于该次审议的工作组报告（A/HRC/…）、载有该国答复的增编，或人权高专办的专题清单。</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Links, tags and notes are recorded as {name}</source>
        <translation>关联、标签和备注将以 {name} 的名义记录</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Title&lt;/span&gt;</source>
        <translation>&lt;b&gt;¶ 2&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;标题&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{current_review} is no longer a review: showing all reviews</source>
        <translation>{current_review} 已不再是一次审议：显示所有审议</translation>
    </message>
    <message>
        <source>No review {code} in this workspace</source>
        <translation>此工作区中没有审议 {code}</translation>
    </message>
    <message>
        <source> Review: </source>
        <translation> 审议：</translation>
    </message>
    <message>
        <source>Choose a review first: predecessors are found for one review</source>
        <translation>请先选择一次审议：只能为单次审议查找对应建议</translation>
    </message>
    <message numerus="yes">
        <source>%n possible predecessor(s) in the earlier cycles of {review}; confirm or reject them in the Paragraph pane</source>
        <translation>
            <numerusform>在 {review} 的前几轮中找到 %n 条可能的对应建议；请在“段落”窗格中确认或拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>no review</source>
        <translation>无审议</translation>
    </message>
    <message>
        <source>Confirm review {code}</source>
        <translation>确认审议 {code}</translation>
    </message>
    <message>
        <source>Move to {code}</source>
        <translation>移至 {code}</translation>
    </message>
    <message>
        <source>Take out of its review</source>
        <translation>移出其审议</translation>
    </message>
    <message>
        <source>“{title}” is part of {label}</source>
        <translation>“{title}”属于 {label}</translation>
    </message>
    <message>
        <source>; choose that review to see it</source>
        <translation>；选择该审议即可查看</translation>
    </message>
    <message>
        <source>Moved “{title}” to {label}{where} (Ctrl+Z puts it back)</source>
        <translation>已将“{title}”移至 {label}{where}（按 Ctrl+Z 可撤回）</translation>
    </message>
    <message>
        <source>Nothing to propose: its short numbers read directly</source>
        <translation>无需提出方案：其简写编号可直接解读</translation>
    </message>
    <message>
        <source>Read short numbers as {reading}</source>
        <translation>按 {reading} 解读简写编号</translation>
    </message>
    <message>
        <source>Read short numbers automatically</source>
        <translation>自动解读简写编号</translation>
    </message>
    <message>
        <source>A team workspace is backed up on its server by its administrator (pg_dump); the command line&apos;s `copy --to FILE.sqlite` takes a copy to a file</source>
        <translation>团队工作区由管理员在其服务器上备份（pg_dump）；使用命令行的 `copy --to FILE.sqlite` 可将副本保存到文件</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>连接团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database the team shares: server, database, user (the password is never stored)</source>
        <translation>打开团队共享的 PostgreSQL 数据库：服务器、数据库、用户（绝不存储密码）</translation>
    </message>
    <message>
        <source>Paragraph histor&amp;y</source>
        <translation>段落历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>Who did what to the selected paragraph, and when</source>
        <translation>谁在何时对所选段落做了什么</translation>
    </message>
    <message>
        <source>Who did what to the paragraph, and when (Ctrl+H)</source>
        <translation>谁在何时对该段落做了什么（Ctrl+H）</translation>
    </message>
    <message>
        <source>Team workspace (your role: {role})  </source>
        <translation>团队工作区（您的角色：{role}）  </translation>
    </message>
    <message>
        <source>This window cannot open another workspace</source>
        <translation>此窗口无法打开其他工作区</translation>
    </message>
    <message>
        <source>Version {} is read-only: “Back to the latest” (above the paragraphs) to work on it</source>
        <translation>版本 {} 为只读：如需继续工作，请点击段落上方的“返回最新版本”</translation>
    </message>
    <message>
        <source>No version {version} of this document</source>
        <translation>此文档没有版本 {version}</translation>
    </message>
    <message>
        <source>Reading version {version} of “{title}” (read-only)</source>
        <translation>正在阅读“{title}”的版本 {version}（只读）</translation>
    </message>
    <message>
        <source>No paragraph here has changed since it was reviewed</source>
        <translation>此处没有段落在审阅之后发生过改动</translation>
    </message>
    <message>
        <source>Only a document with paragraphs of its own can have versions</source>
        <translation>只有拥有自身段落的文档才能有版本</translation>
    </message>
    <message>
        <source>An import is running; try again when it has finished</source>
        <translation>正在进行导入；请在导入完成后重试</translation>
    </message>
    <message>
        <source>“{title}”: {r}</source>
        <translation>“{title}”：{r}</translation>
    </message>
    <message>
        <source>Words, in any order (text, recommending States, State under review); a number: 115.1 lists 115.1, 115.10–115.19 and 115.100–115.199, and selects 115.1; 28. lists all of paragraph 28; a report symbol: A/HRC/28/15; or a mix: A/HRC/40/6 28.294</source>
        <translation>词语，顺序不限（建议文本、提出建议的国家、受审议国）；编号：115.1 会列出 115.1、115.10–115.19 和 115.100–115.199，并选中 115.1；28. 会列出第 28 段的全部建议；报告文号：A/HRC/28/15；或二者组合：A/HRC/40/6 28.294</translation>
    </message>
    <message>
        <source>“{typed}” has no recommendation number; type one like 28.294 or pick from the list</source>
        <translation>“{typed}”中没有建议编号；请输入类似 28.294 的编号，或从列表中选择</translation>
    </message>
    <message>
        <source>{number} is ambiguous or unknown: type the report symbol too, e.g. A/HRC/40/6 {number}</source>
        <translation>{number} 有歧义或未知：请同时输入报告文号，例如 A/HRC/40/6 {number}</translation>
    </message>
    <message>
        <source>Something went wrong inside UPR Reviewer: a program error, not something you did. Your work saved so far is safe, and the window stays open.</source>
        <translation>UPR Reviewer 内部出错：这是程序错误，并非您的操作所致。您目前已保存的工作是安全的，窗口将保持打开。</translation>
    </message>
    <message>
        <source>The details could not be written down; please report what you were doing.</source>
        <translation>无法记录详细信息；请报告您当时正在进行的操作。</translation>
    </message>
    <message>
        <source>The details are in {file}: please send that file with a note of what you were doing.</source>
        <translation>详细信息位于 {file}：请发送该文件，并说明您当时正在进行的操作。</translation>
    </message>
    <message>
        <source>{value}
Also: {message}</source>
        <translation>{value}
另外：{message}</translation>
    </message>
    <message>
        <source>Also: {message}</source>
        <translation>另外：{message}</translation>
    </message>
    <message>
        <source>Coverage — {value}</source>
        <translation>覆盖情况 — {value}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>导出覆盖情况</translation>
    </message>
    <message>
        <source>{review} coverage.xlsx</source>
        <translation>{review} 覆盖情况.xlsx</translation>
    </message>
    <message>
        <source>The coverage is that of one review: choose a review first (the Review switcher in the toolbar, Ctrl+Shift+R), then export it.</source>
        <translation>覆盖情况针对单次审议：请先选择一次审议（工具栏中的审议切换器，Ctrl+Shift+R），然后再导出。</translation>
    </message>
    <message>
        <source>Export the coverage of {review}</source>
        <translation>导出 {review} 的覆盖情况</translation>
    </message>
    <message>
        <source>The coverage export is not available: {error}</source>
        <translation>无法导出覆盖情况：{error}</translation>
    </message>
    <message>
        <source>The coverage was not exported</source>
        <translation>覆盖情况未导出</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Exported the coverage of {review} to {name}</source>
        <translation>已将 {review} 的覆盖情况导出到 {name}</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>未选择文档</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>One of the UN&apos;s lists of recommendations, or a document without paragraphs: it is not one of the documents whose coverage is counted.</source>
        <translation>这是联合国的建议清单之一，或没有段落的文档：不属于计算覆盖情况的文档。</translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of {review}&apos;s %n recommendation(s)</source>
        <translation>
            <numerusform>引用了 {review} 的 %n 项建议中的 {n} 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cites {n} of the %n recommendation(s)</source>
        <translation>
            <numerusform>引用了 %n 项建议中的 {n} 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more suggested</source>
        <translation>
            <numerusform>另有 %n 项推荐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n theme(s) it writes about, {more} more it does not cite.</source>
        <translation>
            <numerusform>在其论及的 %n 个专题中，另有 {more} 项未引用。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{value}&apos;&gt;{text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cites ({n})</source>
        <translation>已引用（{n}）</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s); double-click to read</source>
        <translation>
            <numerusform>%n 个段落；双击阅读</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested, not yet confirmed ({n})</source>
        <translation>已推荐，尚未确认（{n}）</translation>
    </message>
    <message>
        <source>a suggested link; double-click to read and confirm it</source>
        <translation>推荐的关联；双击阅读并确认</translation>
    </message>
    <message>
        <source>Expected, not cited ({n})</source>
        <translation>应涉及但未引用（{n}）</translation>
    </message>
    <message>
        <source>“{title}” does not cite {number}</source>
        <translation>“{title}”未引用 {number}</translation>
    </message>
    <message>
        <source>No paragraph selected</source>
        <translation>未选择段落</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED}&apos;&gt;No paragraph selected&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED}&apos;&gt;未选择段落&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;&lt;span style=&apos;color:{MUTED}&apos;&gt;{page}&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:{MUTED}; font-size:small&apos;&gt;{short}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sources give different texts</source>
        <translation>各来源的文本不一致</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>in cycle {cycle}</source>
        <translation>在第 {cycle} 轮</translation>
    </message>
    <message>
        <source>in {symbol}</source>
        <translation>在 {symbol} 中</translation>
    </message>
    <message>
        <source>also recommended {where} by {states}: {number} — {position}</source>
        <translation>{where}也由{states}提出：{number} — {position}</translation>
    </message>
    <message>
        <source>also recommended {where}: {number} — {position}</source>
        <translation>{where}也曾提出：{number} — {position}</translation>
    </message>
    <message>
        <source>(what each says differently from the text above is highlighted)</source>
        <translation>（各来源与上方文本不同之处已突出显示）</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>无文本</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Changed since reviewed</source>
        <translation>审阅后已更改</translation>
    </message>
    <message>
        <source>Its text changed in a new version after someone worked on it (notes, tags, links or a reviewed mark followed it): read the difference, then mark it reviewed</source>
        <translation>有人处理过此段落之后，其文本在新版本中发生了变化（备注、标签、关联或已审阅标记已随之转移）：请阅读差异，然后将其标记为已审阅</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>split from a longer paragraph</source>
        <translation>从较长段落中拆分而来</translation>
    </message>
    <message>
        <source>merged from several paragraphs</source>
        <translation>由多个段落合并而来</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n 个已移动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n 个已编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>%n 个已拆分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n 个已合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 个新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
    <message>
        <source>no paragraphs</source>
        <translation>没有段落</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 个关联</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} on paragraphs that are gone</source>
        <translation>已删除段落上有 {counts}</translation>
    </message>
    <message>
        <source>{what} in version {version}</source>
        <translation>{what}（版本 {version}）</translation>
    </message>
    <message>
        <source>was {labels}</source>
        <translation>原为 {labels}</translation>
    </message>
    <message>
        <source>{what}: removed words struck through, added ones underlined</source>
        <translation>{what}：删除的词语加删除线，新增的词语加下划线</translation>
    </message>
    <message>
        <source>v{version} (latest)</source>
        <translation>v{version}（最新）</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message numerus="yes">
        <source>{file}, imported {when}, %n paragraph(s)</source>
        <translation>
            <numerusform>{file}，导入于 {when}，%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>the first version</source>
        <translation>第一个版本</translation>
    </message>
    <message>
        <source>Read only (your role: reader)</source>
        <translation>只读（您的角色：读者）</translation>
    </message>
    <message>
        <source>{read_only}: you may read this team workspace but not change it; its administrator can give you the reviewers&apos; role</source>
        <translation>{read_only}：您可以阅读此团队工作区，但不能修改；其管理员可以授予您审阅人角色</translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not import, remove or edit documents; its administrator can give you the editors&apos; role</source>
        <translation>您的角色是 {role}：您可以为段落加标签、加备注、建立关联和标记为已审阅，但不能导入、移除或编辑文档；其管理员可以授予您编辑角色</translation>
    </message>
    <message>
        <source>Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but not change this; its administrator can give you the editors&apos; role</source>
        <translation>您的角色是 {role}：您可以为段落加标签、加备注、建立关联和标记为已审阅，但不能更改此项；其管理员可以授予您编辑角色</translation>
    </message>
    <message>
        <source>could not undo {action}: {error}</source>
        <translation>无法撤销“{action}”：{error}</translation>
    </message>
    <message>
        <source>could not redo {action}: {error}</source>
        <translation>无法重做“{action}”：{error}</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform>（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggesting for “{short}”{more}…</source>
        <translation>正在为“{short}”{more}生成推荐…</translation>
    </message>
    <message>
        <source>No tag {n} yet: press T to create one</source>
        <translation>按键 {n} 尚无对应的标签：按 T 新建标签</translation>
    </message>
    <message>
        <source>Rank, for each paragraph of the selected document, the recommendations it likely speaks to without citing them (they count nowhere until accepted with Y)</source>
        <translation>为所选文档的每个段落，对其可能涉及但未引用的建议进行排序（按 Y 接受之前，这些建议不计入任何统计）</translation>
    </message>
    <message>
        <source>select a document first</source>
        <translation>请先选择一个文档</translation>
    </message>
    <message>
        <source>Suggestions for “{title}” are on their way</source>
        <translation>正在为“{title}”生成推荐</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>该文档</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for {paragraphs} of {of} paragraphs of “{title}”</source>
        <translation>
            <numerusform>为“{title}”的 {of} 个段落中的 {paragraphs} 个生成了 %n 条推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>; Y accepts one, X rejects it (Paragraph pane)</source>
        <translation>；按 Y 接受，按 X 拒绝（段落窗格）</translation>
    </message>
    <message>
        <source>No suggestions for “{title}”: {error}</source>
        <translation>无法为“{title}”生成推荐：{error}</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>没有推荐</translation>
    </message>
    <message>
        <source>Suggestions cannot be made for “{title}”: {reason}.</source>
        <translation>无法为“{title}”生成推荐：{reason}。</translation>
    </message>
    <message>
        <source>Import the document&apos;s file again, as its next version, each time it is saved (in Word or LibreOffice); the window follows</source>
        <translation>每次（在 Word 或 LibreOffice 中）保存该文档的文件时，将其重新导入为下一版本；窗口随之更新</translation>
    </message>
    <message>
        <source>an earlier version: watch the document&apos;s latest version</source>
        <translation>这是较早版本：请监视文档的最新版本</translation>
    </message>
    <message>
        <source>it brought recommendations to the registry: such files have no versions</source>
        <translation>它向建议库提供了建议：此类文件没有版本</translation>
    </message>
    <message>
        <source>Stopped watching “{title}”</source>
        <translation>已停止监视“{title}”</translation>
    </message>
    <message>
        <source>Stopped watching the file</source>
        <translation>已停止监视该文件</translation>
    </message>
    <message>
        <source>Cannot watch this document&apos;s file: {reason}</source>
        <translation>无法监视此文档的文件：{reason}</translation>
    </message>
    <message>
        <source>Watching {name}: each save is imported as the next version of “{title}”</source>
        <translation>正在监视 {name}：每次保存都将作为“{title}”的下一版本导入</translation>
    </message>
    <message>
        <source>Where is {file}? (the file to watch)</source>
        <translation>{file} 在哪里？（要监视的文件）</translation>
    </message>
    <message>
        <source>{file};;All files (*)</source>
        <translation>{file};;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Date &amp;imported</source>
        <translation>导入日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reviewed share</source>
        <translation>已审阅比例(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>降序(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Confirm review: {review}</source>
        <translation>确认审议(&amp;C)：{review}</translation>
    </message>
    <message>
        <source>&amp;Move to review</source>
        <translation>移至审议(&amp;M)</translation>
    </message>
    <message>
        <source>Co&amp;verage of this document…</source>
        <translation>此文档的覆盖情况(&amp;V)…</translation>
    </message>
    <message>
        <source>The recommendations it cites, and those it was expected to address</source>
        <translation>它引用的建议，以及它本应涉及的建议</translation>
    </message>
    <message>
        <source>Not for this document: {reason}</source>
        <translation>不适用于此文档：{reason}</translation>
    </message>
    <message>
        <source>Recommendations its paragraphs likely speak to without citing them</source>
        <translation>其段落可能涉及但未引用的建议</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>其他(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>◉ Watching %n file(s)</source>
        <translation>
            <numerusform>◉ 正在监视 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft saved ({name}) but not imported: {error}</source>
        <translation>草稿已保存（{name}），但未导入：{error}</translation>
    </message>
    <message>
        <source>Draft saved ({name}): {result}</source>
        <translation>草稿已保存（{name}）：{result}</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>The window&apos;s translations could not be loaded; it stays as it is</source>
        <translation>无法加载窗口的翻译；窗口保持不变</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from the next start</source>
        <translation>下次启动时窗口将使用所选语言</translation>
    </message>
    <message>
        <source>The window now speaks {language}; the undo history starts afresh</source>
        <translation>窗口现在使用{language}；撤销历史重新开始</translation>
    </message>
    <message>
        <source>Link to {number}</source>
        <translation>关联到 {number}</translation>
    </message>
    <message>
        <source>Confirm {number}</source>
        <translation>确认 {number}</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>拒绝 {number}</translation>
    </message>
    <message>
        <source>Re-suggest {number}</source>
        <translation>重新推荐 {number}</translation>
    </message>
    <message>
        <source>the link to {number} is gone</source>
        <translation>与 {number} 的关联已不存在</translation>
    </message>
    <message>
        <source>Accept suggestion {number}</source>
        <translation>接受推荐 {number}</translation>
    </message>
    <message>
        <source>Reject suggestion {number}</source>
        <translation>拒绝推荐 {number}</translation>
    </message>
    <message>
        <source>Unlink {number}</source>
        <translation>取消与 {number} 的关联</translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation>加标签“{name}”</translation>
    </message>
    <message>
        <source>Untag “{name}”</source>
        <translation>移除标签“{name}”</translation>
    </message>
    <message>
        <source>Mark reviewed (changed paragraph)</source>
        <translation>标记为已审阅（已更改的段落）</translation>
    </message>
    <message>
        <source>Mark unreviewed (changed paragraph)</source>
        <translation>标记为未审阅（已更改的段落）</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已审阅</translation>
    </message>
    <message>
        <source>Mark unreviewed</source>
        <translation>标记为未审阅</translation>
    </message>
    <message>
        <source>Mark changed since reviewed</source>
        <translation>标记为“审阅后已更改”</translation>
    </message>
    <message>
        <source>Clear “changed since reviewed”</source>
        <translation>清除“审阅后已更改”</translation>
    </message>
    <message>
        <source>Confirm {number} as earlier recommendation</source>
        <translation>确认 {number} 为先前的建议</translation>
    </message>
    <message>
        <source>Reject {number} as earlier recommendation</source>
        <translation>拒绝 {number} 作为先前的建议</translation>
    </message>
    <message>
        <source>Re-suggest {number} as earlier recommendation</source>
        <translation>重新推荐 {number} 为先前的建议</translation>
    </message>
    <message>
        <source>{number} is no longer suggested as an earlier recommendation</source>
        <translation>{number} 已不再被推荐为先前的建议</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>忽略检查结果</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>恢复检查结果</translation>
    </message>
    <message>
        <source>Daily backup: {name}</source>
        <translation>每日备份：{name}</translation>
    </message>
    <message>
        <source>No recommendations to show</source>
        <translation>没有可显示的建议</translation>
    </message>
    <message>
        <source>coverage by State</source>
        <translation>按国家的覆盖情况</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>addressed</source>
        <translation>已回应</translation>
    </message>
    <message>
        <source>{n} addressed</source>
        <translation>{n} 条已回应</translation>
    </message>
    <message numerus="yes">
        <source>and %n more State(s)</source>
        <translation>
            <numerusform>以及另外 %n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state}: %n recommendation(s), {addressed} addressed</source>
        <translation>
            <numerusform>{state}：%n 条建议，{addressed} 条已回应</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter the matrix</source>
        <translation>单击以筛选矩阵</translation>
    </message>
    <message>
        <source>each cell: recommendations addressed / the theme&apos;s recommendations</source>
        <translation>每个单元格：已回应的建议 / 该专题的建议</translation>
    </message>
    <message>
        <source>coverage by theme</source>
        <translation>按专题的覆盖情况</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{who}: {n} of {total} addressed</source>
        <translation>{who}：{total} 条中已回应 {n} 条</translation>
    </message>
    <message>
        <source>{theme}: {n} of {total} addressed</source>
        <translation>{theme}：{total} 条中已回应 {n} 条</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>回应文档数</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message numerus="yes">
        <source>%n rec(s)</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rec.</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>Addresses {n} of the {total} recommendations shown: %n confirmed paragraph(s), {suggested} suggested</source>
        <translation>
            <numerusform>回应了所显示的 {total} 条建议中的 {n} 条：%n 个已确认段落，{suggested} 个推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>How many documents address each recommendation (a confirmed link)</source>
        <translation>回应每条建议的文档数（已确认的关联）</translation>
    </message>
    <message>
        <source>Grouped by the first theme of each recommendation (the filter&apos;s theme when one is chosen)</source>
        <translation>按每条建议的第一个专题分组（选择了筛选专题时按该专题）</translation>
    </message>
    <message numerus="yes">
        <source>%n doc(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} to confirm</source>
        <translation> · {n} 个待确认</translation>
    </message>
    <message>
        <source>{review}: {state}, cycle {cycle}</source>
        <translation>{review}：{state}，第 {cycle} 轮</translation>
    </message>
    <message>
        <source>, session {n}</source>
        <translation>，第 {n} 届会议</translation>
    </message>
    <message>
        <source>Dated by {what}</source>
        <translation>日期依据：{what}</translation>
    </message>
    <message>
        <source>Documents not placed in any review</source>
        <translation>未归入任何审议的文档</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <source>The day the document was imported</source>
        <translation>文档的导入日期</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>SuR</source>
        <translation>受审议国</translation>
    </message>
    <message>
        <source>Paragraphs citing it</source>
        <translation>引用它的段落</translation>
    </message>
    <message>
        <source>The Working Group report that made the recommendation</source>
        <translation>提出该建议的工作组报告</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>受审议国</translation>
    </message>
    <message>
        <source>State under review: {state}</source>
        <translation>受审议国：{state}</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>paragraph {n} (unnumbered)</source>
        <translation>第 {n} 段（无编号）</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>整个文档</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修改建议：</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Dismissed by {who}</source>
        <translation>已由 {who} 忽略</translation>
    </message>
    <message>
        <source>the guidelines&apos;</source>
        <translation>按指南</translation>
    </message>
    <message>
        <source>Words allowed (footnotes aside); the guidelines&apos;: {one} for one organisation, {joint} for a joint submission</source>
        <translation>允许的字数（不含脚注）；指南规定：单个组织 {one} 字，联合提交材料 {joint} 字</translation>
    </message>
    <message>
        <source>&amp;Word limit:</source>
        <translation>字数上限(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Joint submission</source>
        <translation>联合提交材料(&amp;J)</translation>
    </message>
    <message>
        <source>Count &amp;footnotes</source>
        <translation>计入脚注(&amp;F)</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the selected finding for this document (Delete)</source>
        <translation>对此文档忽略所选检查结果（Delete）</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>List the selected dismissed finding again</source>
        <translation>重新列出所选的已忽略检查结果</translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation>显示已忽略(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>The findings as a Word report (.docx)</source>
        <translation>将检查结果保存为 Word 报告（.docx）</translation>
    </message>
    <message>
        <source>Save &amp;annotated copy…</source>
        <translation>保存批注副本(&amp;A)…</translation>
    </message>
    <message>
        <source>Select a draft to check it.</source>
        <translation>请选择要检查的草稿。</translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation>{words} / {limit} 字</translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>没有需要修改的内容</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dismissed</source>
        <translation>
            <numerusform>，已忽略 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}
Key: {key}</source>
        <translation>修改建议：{fix}
键：{key}</translation>
    </message>
    <message>
        <source>A copy of the Word draft with each finding as a comment on its paragraph</source>
        <translation>Word 草稿的副本，每项检查结果作为批注附在其段落上</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>不可用：{reason}</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>无专题</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>文档 {number}</translation>
    </message>
    <message>
        <source>{who} does not cite {number}</source>
        <translation>{who}未引用 {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n 个已确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n 个推荐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} cites {number} in %n paragraph(s) ({links})
Click (or Enter) to read them</source>
        <translation>
            <numerusform>{who}在 %n 个段落中引用了 {number}（{links}）
单击（或按 Enter 键）阅读</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{addressed} of {total} recommendations addressed</source>
        <translation>{total} 条建议中已回应 {addressed} 条</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) cite {number}</source>
        <translation>
            <numerusform>%n 个段落引用了 {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <source>(suggested)</source>
        <translation>（推荐）</translation>
    </message>
    <message>
        <source>Select a row to read the recommendation</source>
        <translation>选择一行以阅读该建议</translation>
    </message>
    <message>
        <source>Addressed by nobody</source>
        <translation>无人回应</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>任意专题</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>任意国家</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>任意立场</translation>
    </message>
    <message>
        <source>Nobody addressed ({n})</source>
        <translation>无人回应（{n}）</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) · {addressed} addressed</source>
        <translation>
            <numerusform>%n 条建议 · {addressed} 条已回应</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {n} of {total} · {addressed} addressed</source>
        <translation>显示 {total} 条中的 {n} 条 · {addressed} 条已回应</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation>（已筛选）</translation>
    </message>
    <message>
        <source>{review}: recommendations addressed, by theme</source>
        <translation>{review}：已回应的建议（按专题）</translation>
    </message>
    <message>
        <source>{recommendations} recommendations × {documents} documents; a recommendation with several themes counts under each</source>
        <translation>{recommendations} 条建议 × {documents} 个文档；属于多个专题的建议在每个专题下都计入</translation>
    </message>
    <message>
        <source>{review}: recommendations by recommending State</source>
        <translation>{review}：按提出建议的国家统计的建议</translation>
    </message>
    <message>
        <source>{recommendations} recommendations; addressed: a document has a confirmed link to it</source>
        <translation>{recommendations} 条建议；已回应：有文档与之存在已确认的关联</translation>
    </message>
    <message>
        <source>Addressed by {documents}</source>
        <translation>回应文档：{documents}</translation>
    </message>
    <message>
        <source>no State named</source>
        <translation>未注明国家</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>无专题</translation>
    </message>
    <message>
        <source>{document} does not cite {number}</source>
        <translation>{document} 未引用 {number}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>Which documents the filters run over</source>
        <translation>筛选作用于哪些文档</translation>
    </message>
    <message>
        <source>Only paragraphs with this tag</source>
        <translation>仅显示带有此标签的段落</translation>
    </message>
    <message>
        <source>Recommendation…</source>
        <translation>建议…</translation>
    </message>
    <message>
        <source>Only paragraphs linked to this recommendation (e.g. 28.294)</source>
        <translation>仅显示关联到此建议的段落（例如 28.294）</translation>
    </message>
    <message>
        <source>Has note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X)</source>
        <translation>清除筛选（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>整个审议</translation>
    </message>
    <message>
        <source>Every document of {review}</source>
        <translation>{review} 的所有文档</translation>
    </message>
    <message>
        <source>Every document of the workspace</source>
        <translation>工作区中的所有文档</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>No recommendation “{text}” in the registry</source>
        <translation>建议库中没有建议“{text}”</translation>
    </message>
    <message>
        <source>All documents of {review}</source>
        <translation>{review} 的所有文档</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match the filters</source>
        <translation>
            <numerusform>%n 个段落符合筛选条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} reviewed</source>
        <translation> · {n} 个已审阅</translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation> · 第 {n} 版</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>This document has no paragraphs to read: it fed the recommendation registry (see View → Recommendations).</source>
        <translation>此文档没有可阅读的段落：它已用于填充建议库（参见 视图 → 建议）。</translation>
    </message>
    <message>
        <source>No paragraph matches these filters — &lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+X)</source>
        <translation>没有符合这些筛选条件的段落 — &lt;a href=&apos;clear&apos;&gt;清除筛选&lt;/a&gt;（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Import a submission (File → Import, Ctrl+I) or drop files here.</source>
        <translation>请导入提交材料（文件 → 导入，Ctrl+I），或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Every paragraph here is reviewed</source>
        <translation>此处所有段落均已审阅</translation>
    </message>
    <message>
        <source>Theme (thematic list code)</source>
        <translation>专题（专题清单代码）</translation>
    </message>
    <message>
        <source>Cited or not</source>
        <translation>是否被引用</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>已引用</translation>
    </message>
    <message>
        <source>Not cited</source>
        <translation>未引用</translation>
    </message>
    <message>
        <source>Words, a number (28.294) or a report (A/HRC/40/6)…</source>
        <translation>词语、编号（28.294）或报告（A/HRC/40/6）…</translation>
    </message>
    <message>
        <source>. Down arrow or Enter: into the list.</source>
        <translation>。向下键或 Enter：进入列表。</translation>
    </message>
    <message>
        <source>Select a recommendation to see the paragraphs citing it</source>
        <translation>选择一条建议以查看引用它的段落</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>正在读取建议库…</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n recommendation(s)</source>
        <translation>
            <numerusform>%n 条建议中的 {n} 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>文档 {id}</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>被 %n 个段落引用</numerusform>
        </translation>
    </message>
    <message>
        <source> · double-click one to read it</source>
        <translation> · 双击即可阅读</translation>
    </message>
    <message numerus="yes">
        <source> · suggested for %n more</source>
        <translation>
            <numerusform> · 另向 %n 个段落推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree (≠)</source>
        <translation>来源不一致（≠）</translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;quotes&quot; keep a phrase, educat* matches a prefix, OR gives alternatives. Enter opens the best hit.</source>
        <translation>各词语须同时出现；&quot;引号&quot;保留短语，educat* 匹配前缀，OR 表示任选其一。按 Enter 打开最佳结果。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Search paragraphs (Ctrl+F)</source>
        <translation>搜索段落（Ctrl+F）</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>本次审议</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>{n}+ paragraphs, best first</source>
        <translation>{n}+ 个段落，最佳结果在前</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s), best first</source>
        <translation>
            <numerusform>%n 个段落，最佳结果在前</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <source>Only {review}</source>
        <translation>仅 {review}</translation>
    </message>
    <message>
        <source>No review chosen: every review</source>
        <translation>未选择审议：所有审议</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <source>WG report</source>
        <translation>工作组报告</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Thematic list</source>
        <translation>专题清单</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>国家报告</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>text not in the registry yet</source>
        <translation>建议库中尚无此文本</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation text(s)</source>
        <translation>
            <numerusform>%n 条建议文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n predecessor decision(s)</source>
        <translation>
            <numerusform>%n 项前一轮建议的判定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed finding(s)</source>
        <translation>
            <numerusform>%n 条已忽略的检查结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged paragraph(s)</source>
        <translation>
            <numerusform>%n 个已加标签的段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n 个已加标签的片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s)</source>
        <translation>
            <numerusform>%n 条历史记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review report(s)</source>
        <translation>
            <numerusform>%n 份审议报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation source(s)</source>
        <translation>
            <numerusform>%n 个建议来源</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”, paragraph {label}</source>
        <translation>《{title}》第{label}段</translation>
    </message>
    <message>
        <source>“{title}”, paragraph #{number}</source>
        <translation>《{title}》第{number}个段落</translation>
    </message>
    <message>
        <source>paragraph {id}</source>
        <translation>段落 {id}</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>《{title}》</translation>
    </message>
    <message>
        <source>“{tag}” on {where}</source>
        <translation>{where}上的“{tag}”</translation>
    </message>
    <message>
        <source>“{tag}” on a passage of {where}</source>
        <translation>{where}某片段上的“{tag}”</translation>
    </message>
    <message>
        <source>“{text}” on {where}</source>
        <translation>{where}上的“{text}”</translation>
    </message>
    <message>
        <source>{where} → {recommendation}</source>
        <translation>{where} → {recommendation}</translation>
    </message>
    <message>
        <source>the reviewed mark of {where}</source>
        <translation>{where}的已审阅标记</translation>
    </message>
    <message>
        <source>a note on {where}</source>
        <translation>{where}上的一条备注</translation>
    </message>
    <message>
        <source>removed here on {when} by {who}</source>
        <translation>已于 {when} 由 {who} 在此删除</translation>
    </message>
    <message>
        <source>on paragraphs this workspace does not have (their document is not here)</source>
        <translation>位于本工作区没有的段落上（其文件不在此处）</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <source>“{text}” ({stamp})</source>
        <translation>“{text}”（{stamp}）</translation>
    </message>
    <message>
        <source>“{text}” ({stamp}): kept beside it as a note of its own</source>
        <translation>“{text}”（{stamp}）：作为单独的备注保留在旁边</translation>
    </message>
    <message>
        <source>{status} ({stamp})</source>
        <translation>{status}（{stamp}）</translation>
    </message>
    <message>
        <source>{status} ({stamp}): earlier, kept in the history</source>
        <translation>{status}（{stamp}）：较早，保留在历史记录中</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Thematic list order</source>
        <translation>专题清单顺序</translation>
    </message>
    <message>
        <source>Order of the State&apos;s responses</source>
        <translation>国家答复的顺序</translation>
    </message>
    <message>
        <source>By recommending State (as UPR Info lists them)</source>
        <translation>按提出建议的国家（UPR Info 的排列方式）</translation>
    </message>
    <message>
        <source>Under {paragraph}</source>
        <translation>第{paragraph}段之下</translation>
    </message>
    <message>
        <source>Under {paragraph} ({first}–{last})</source>
        <translation>第{paragraph}段之下（{first}–{last}）</translation>
    </message>
    <message>
        <source>Running order across {paragraphs}</source>
        <translation>跨{paragraphs}的连续顺序</translation>
    </message>
    <message>
        <source>Printed order</source>
        <translation>印刷顺序</translation>
    </message>
    <message>
        <source>Running order, {paragraph} first</source>
        <translation>连续顺序，{paragraph}在前</translation>
    </message>
    <message>
        <source>Running order from {paragraphs}</source>
        <translation>从{paragraphs}开始的连续顺序</translation>
    </message>
    <message>
        <source>{label} (1–{count})</source>
        <translation>{label}（1–{count}）</translation>
    </message>
    <message>
        <source>{label}, shifted by {offset}</source>
        <translation>{label}，偏移 {offset}</translation>
    </message>
    <message>
        <source>{report} is not in the registry yet; import its Working Group report or thematic list and these numbers resolve</source>
        <translation>{report} 尚未载入登记册；导入其工作组报告或专题清单后，这些编号即可解析</translation>
    </message>
    <message>
        <source>{report} numbers its recommendations under {paragraphs}; which does recommendation {example} mean? The numbers wait for a reading: `numbering` proposes one from the subjects of the sections citing them, or choose one</source>
        <translation>{report} 将其建议编号于{paragraphs}之下；建议 {example} 指的是哪一条？这些编号等待一种读法：`numbering` 根据引用它们的章节主题提出一种，或由您选择</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>named in the document</source>
        <translation>文件中指明</translation>
    </message>
    <message>
        <source>the previous review, {review}, whose report is not in the workspace yet</source>
        <translation>上一轮审议 {review}，其报告尚未载入工作区</translation>
    </message>
    <message>
        <source>the report of the previous review, {review}</source>
        <translation>上一轮审议 {review} 的报告</translation>
    </message>
    <message>
        <source>They are read against {where}.</source>
        <translation>它们依据{where}解读。</translation>
    </message>
    <message>
        <source>Name the report they refer to (set-report), or place the document in its review</source>
        <translation>请指明它们所指的报告（set-report），或将文件归入其审议</translation>
    </message>
    <message>
        <source>Confirm the document&apos;s review first: its short numbers are read against the previous review&apos;s report</source>
        <translation>请先确认文件所属的审议：其简短编号依据上一轮审议的报告解读</translation>
    </message>
    <message>
        <source>{count} of them name no recommendation of {report}: {numbers}</source>
        <translation>其中 {count} 个不对应 {report} 的任何建议：{numbers}</translation>
    </message>
    <message>
        <source>Its short numbers are read against {where}</source>
        <translation>其简短编号依据{where}解读</translation>
    </message>
    <message>
        <source>Name the report its short numbers refer to (set-report), or place the document in its review</source>
        <translation>请指明其简短编号所指的报告（set-report），或将文件归入其审议</translation>
    </message>
    <message>
        <source>{report} is not in the registry yet</source>
        <translation>{report} 尚未载入登记册</translation>
    </message>
    <message>
        <source>The document cites no short numbers</source>
        <translation>该文件未引用任何简短编号</translation>
    </message>
    <message>
        <source>under &apos;{section}&apos; {landed} of {total} numbers land on {about} with this order</source>
        <translation>在“{section}”下，按此顺序 {total} 个编号中有 {landed} 个落在{about}上</translation>
    </message>
    <message>
        <source>recommendations about {subject}</source>
        <translation>关于{subject}的建议</translation>
    </message>
    <message>
        <source>its subject</source>
        <translation>其主题</translation>
    </message>
    <message>
        <source>{line}, {printed} of {total} with the printed order</source>
        <translation>{line}，按印刷顺序为 {total} 个中的 {printed} 个</translation>
    </message>
    <message>
        <source>{line}; {missing} name no recommendation in this order</source>
        <translation>{line}；{missing} 个在此顺序下不对应任何建议</translation>
    </message>
    <message>
        <source>No short numbers to read, or no recommendations to read them</source>
        <translation>没有可解读的简短编号，或没有可用于解读的建议</translation>
    </message>
    <message>
        <source>No order gives these numbers any recommendation</source>
        <translation>没有任何顺序能让这些编号对应到建议</translation>
    </message>
    <message>
        <source>{label}: {landed} of {total} numbers land on recommendations about the subjects of the sections citing them</source>
        <translation>{label}：{total} 个编号中有 {landed} 个落在与引用它们的章节主题相关的建议上</translation>
    </message>
    <message>
        <source>{said} (the printed order: {printed})</source>
        <translation>{said}（印刷顺序：{printed}）</translation>
    </message>
    <message>
        <source>{said}; the next best, {label}: {landed}</source>
        <translation>{said}；次优，{label}：{landed}</translation>
    </message>
    <message>
        <source>No order fits. The best, {said}; choose a reading by hand, or leave the numbers unlinked</source>
        <translation>没有合适的顺序。最佳的是 {said}；请手动选择一种读法，或保留这些编号不关联</translation>
    </message>
    <message>
        <source>No order fits better than the others: {best} and {next} both land {landed} of {total} numbers on their sections&apos; subjects; choose one</source>
        <translation>没有哪个顺序明显更合适：{best} 和 {next} 都使 {total} 个编号中的 {landed} 个落在其章节主题上；请选择一个</translation>
    </message>
    <message>
        <source>unsure: {doubts}</source>
        <translation>不确定：{doubts}</translation>
    </message>
    <message>
        <source>{first}; {second}; {third}</source>
        <translation>{first}；{second}；{third}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>{symbol} names Working Group session {session}, of no known cycle</source>
        <translation>{symbol} 指明工作组第{session}届会议，但不属于任何已知周期</translation>
    </message>
    <message>
        <source>its symbol {symbol}: {state}, Working Group session {session}</source>
        <translation>其文号 {symbol}：{state}，工作组第{session}届会议</translation>
    </message>
    <message>
        <source>it does not name the State under review</source>
        <translation>它未指明受审议国</translation>
    </message>
    <message>
        <source>it names {state} but no session or cycle</source>
        <translation>它提到{state}，但未指明会议或周期</translation>
    </message>
    <message>
        <source>{report}, the review of {state} ({cycle:ordinal} cycle)</source>
        <translation>{report}，{state}的审议（第{cycle:ordinal}轮）</translation>
    </message>
    <message>
        <source>the review of {state} ({cycle:ordinal} cycle)</source>
        <translation>{state}的审议（第{cycle:ordinal}轮）</translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations</source>
        <translation>它引用了向{state}提出的建议</translation>
    </message>
    <message>
        <source>it cites {state}&apos;s recommendations but names {other} most</source>
        <translation>它引用了向{state}提出的建议，但提到最多的是{other}</translation>
    </message>
    <message>
        <source>it names {state} most ({count} times)</source>
        <translation>它提到最多的是{state}（{count} 次）</translation>
    </message>
    <message>
        <source>it cites the recommendations of several States</source>
        <translation>它引用了多个国家的建议</translation>
    </message>
    <message>
        <source>it names {state} only {count} times among others</source>
        <translation>它仅提到{state} {count} 次，另有其他国家</translation>
    </message>
    <message>
        <source>it names no State</source>
        <translation>它未提到任何国家</translation>
    </message>
    <message>
        <source>it cites {symbols} ({cycle:ordinal} cycle)</source>
        <translation>它引用了 {symbols}（第{cycle:ordinal}轮）</translation>
    </message>
    <message>
        <source>it cites recommendations of the {first:ordinal} and {second:ordinal} cycles</source>
        <translation>它引用了第{first:ordinal}轮和第{second:ordinal}轮的建议</translation>
    </message>
    <message>
        <source>it cites recommendations of the {cycles} cycles</source>
        <translation>它引用了以下各轮的建议：{cycles}</translation>
    </message>
    <message>
        <source>it says it is for the {cycle:ordinal} cycle</source>
        <translation>它表明用于第{cycle:ordinal}轮</translation>
    </message>
    <message>
        <source>it cites no recommendations and names no cycle</source>
        <translation>它未引用任何建议，也未指明周期</translation>
    </message>
    <message>
        <source>nothing tells its review</source>
        <translation>没有信息表明其所属审议</translation>
    </message>
    <message>
        <source>chosen by {who}</source>
        <translation>由 {who} 选定</translation>
    </message>
    <message>
        <source>“{title}” is a {kind}: suggestions are made for submissions, national reports and summaries</source>
        <translation>“{title}”是{kind}：建议只针对利益攸关方提交材料、国家报告和摘要</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>工作组报告</translation>
    </message>
    <message>
        <source>State&apos;s responses</source>
        <translation>国家的答复</translation>
    </message>
    <message>
        <source>thematic list</source>
        <translation>专题清单</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>国家报告</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>document of another kind</source>
        <translation>其他类型的文件</translation>
    </message>
    <message>
        <source>the document is in no review: place it in its review first (its review&apos;s previous cycle gives the recommendations)</source>
        <translation>该文件不属于任何审议：请先将其归入所属审议（由该审议上一周期提供建议）</translation>
    </message>
    <message>
        <source>the document is in review {code}, whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation>该文件属于审议 {code}，但工作区中没有该审议上一周期的建议：请导入该周期的工作组报告或专题清单，或将文件移至其所属审议</translation>
    </message>
    <message>
        <source>the document is in review {code} (placed there uncertainly), whose previous cycle&apos;s recommendations are not in the workspace: import that cycle&apos;s Working Group report or thematic list, or move the document to its review</source>
        <translation>该文件属于审议 {code}（归入不确定），但工作区中没有该审议上一周期的建议：请导入该周期的工作组报告或专题清单，或将文件移至其所属审议</translation>
    </message>
    <message>
        <source>treaty: {items}</source>
        <translation>条约：{items}</translation>
    </message>
    <message>
        <source>words: {items}</source>
        <translation>词语：{items}</translation>
    </message>
    <message>
        <source>same State: {items}</source>
        <translation>同一国家：{items}</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>section heading</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>注意到</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <source>To be examined</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>已接受：</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation>已接受的推荐</translation>
    </message>
    <message>
        <source>on “{words}”</source>
        <translation>针对“{words}”</translation>
    </message>
    <message>
        <source>{n}st cycle</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>{n}nd cycle</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>{n}rd cycle</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>{n}th cycle</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>, Working Group session {n}</source>
        <translation>，工作组第 {n} 届会议</translation>
    </message>
    <message numerus="yes">
        <source>, %n recommendation(s) made</source>
        <translation>
            <numerusform>，提出了 %n 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n link(s)</source>
        <translation>
            <numerusform>，%n 个关联</numerusform>
        </translation>
    </message>
    <message>
        <source>Working Group report: {symbols}</source>
        <translation>工作组报告：{symbols}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) placed by a guess</source>
        <translation>
            <numerusform>%n 个文档系推测归入</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>every review&apos;s documents</source>
        <translation>所有审议的文档</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 次审议</numerusform>
        </translation>
    </message>
    <message>
        <source>Every document, grouped by review</source>
        <translation>所有文档，按审议分组</translation>
    </message>
    <message>
        <source>Choose another: Ctrl+Shift+R</source>
        <translation>选择其他审议：Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>{number} suggested, score {score}: {text}</source>
        <translation>推荐 {number}，得分 {score}：{text}</translation>
    </message>
    <message>
        <source>Matched words: {words}</source>
        <translation>匹配的词语：{words}</translation>
    </message>
    <message>
        <source>Y accepts it (a confirmed link), X rejects it (never suggested again for this paragraph); Ctrl+Z undoes.</source>
        <translation>按 Y 接受（成为已确认的关联），按 X 拒绝（不再为此段落推荐）；按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>text not in the registry</source>
        <translation>建议库中没有此文本</translation>
    </message>
    <message>
        <source>matched: {words}</source>
        <translation>匹配：{words}</translation>
    </message>
    <message>
        <source>UPR Reviewer cannot start</source>
        <translation>UPR Reviewer 无法启动</translation>
    </message>
    <message>
        <source>Cannot open the team workspace</source>
        <translation>无法打开团队工作区</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>意外错误：{kind}：{error}</translation>
    </message>
    <message>
        <source>(details in {file})</source>
        <translation>（详细信息见 {file}）</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>移除“{title}”</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>重命名“{title}”</translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation>编辑“{title}”的详细信息</translation>
    </message>
    <message>
        <source>the team workspace</source>
        <translation>团队工作区</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{host} 上的 {database}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>service “{name}”</source>
        <translation>服务“{name}”</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Paragraph {label}: {text}</source>
        <translation>第 {label} 段：{text}</translation>
    </message>
    <message>
        <source>Review not certain: {reason}</source>
        <translation>审议归属不确定：{reason}</translation>
    </message>
    <message>
        <source>No open suggestions for this paragraph</source>
        <translation>此段落没有待处理的推荐</translation>
    </message>
    <message>
        <source>No suggestion left here; click a link to confirm or reject it</source>
        <translation>这里已没有推荐；单击某个关联以确认或拒绝</translation>
    </message>
    <message>
        <source>Accepted suggestion {number} (Ctrl+Z undoes)</source>
        <translation>已接受推荐 {number}（按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Rejected suggestion {number} (Ctrl+Z undoes)</source>
        <translation>已拒绝推荐 {number}（按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>{number} is a suggestion: X rejects it, Y accepts it</source>
        <translation>{number} 是推荐：按 X 拒绝，按 Y 接受</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation>标签：{name}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <source>Tag {words} as “{name}”</source>
        <translation>为 {words} 加标签“{name}”</translation>
    </message>
    <message>
        <source>Untag “{name}” from {words}</source>
        <translation>从 {words} 移除标签“{name}”</translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation>将标签“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Colour of tag “{name}”</source>
        <translation>标签“{name}”的颜色</translation>
    </message>
    <message>
        <source>Merge {tags} into “{target}”</source>
        <translation>将 {tags} 合并到“{target}”</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>删除标签“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>删除 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged (it holds version {version} already)</source>
        <translation>未更改（已包含版本 {version}）</translation>
    </message>
    <message>
        <source>imported as a document of its own</source>
        <translation>已作为独立文档导入</translation>
    </message>
    <message>
        <source>version {version} imported</source>
        <translation>已导入版本 {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n 个段落已更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since reviewed</source>
        <translation>
            <numerusform>%n 个审阅后已更改</numerusform>
        </translation>
    </message>
</context>
</TS>
