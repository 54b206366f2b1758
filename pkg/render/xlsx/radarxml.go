package xlsx

// The parts of a radar chart of the summary sheet, as excelize's AddChart
// wrote them for the options the report gave it (see radarChart): the
// chart's XML is these, with the title, the series and the scale in
// between. TestRadarChartsAreExcelizes checks them against AddChart.

const (
	// axisLine draws an axis and the value axis's gridlines.
	axisLine = `<spPr><a:ln algn="ctr" cap="flat" cmpd="sng" w="9525"><a:solidFill><a:schemeClr val="tx1">` +
		`<a:lumMod val="15000"></a:lumMod><a:lumOff val="85000"></a:lumOff></a:schemeClr></a:solidFill>` +
		`</a:ln></spPr>`
	chartHead = `<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
		`<date1904 val="0"></date1904><lang val="en-US"></lang><roundedCorners val="0"></roundedCorners>` +
		`<chart><title><tx><rich><a:bodyPr anchorCtr="false" rot="0" spcFirstLastPara="false"></a:bodyPr>` +
		`<a:p><a:pPr><a:defRPr b="false" baseline="0" i="false" kern="0" spc="0"><a:latin typeface="+mn-lt">` +
		`</a:latin><a:ea typeface="+mn-ea"></a:ea><a:cs typeface="+mn-cs"></a:cs></a:defRPr></a:pPr><a:r>` +
		`<a:rPr b="true" baseline="0" i="false" kern="0" spc="0" sz="1200"><a:solidFill>` +
		`<a:srgbClr val="595959"></a:srgbClr></a:solidFill><a:latin typeface="Calibri"></a:latin>` +
		`<a:ea typeface="Calibri"></a:ea><a:cs typeface="Calibri"></a:cs></a:rPr><a:t>`
	chartTitleTail = `</a:t></a:r><a:endParaRPr lang="en-US" altLang="en-US"></a:endParaRPr></a:p></rich></tx>` +
		`<overlay val="0"></overlay><spPr></spPr><txPr>` +
		`<a:bodyPr anchorCtr="false" rot="0" spcFirstLastPara="false"></a:bodyPr><a:p></a:p></txPr></title>` +
		`<view3D><rotX val="0"></rotX><rotY val="0"></rotY><rAngAx val="0"></rAngAx><perspective val="0">` +
		`</perspective></view3D><floor><thickness val="0"></thickness></floor><sideWall><thickness val="0">` +
		`</thickness></sideWall><backWall><thickness val="0"></thickness></backWall><plotArea><radarChart>` +
		`<radarStyle val="marker"></radarStyle><varyColors val="0"></varyColors>`
	chartSeriesLabels = `<dLbls><spPr></spPr><txPr><a:bodyPr anchorCtr="false" rot="0" spcFirstLastPara="false"></a:bodyPr>` +
		`<a:p><a:pPr><a:defRPr b="false" baseline="0" i="false" kern="0" spc="0"></a:defRPr></a:pPr></a:p>` +
		`</txPr><showLegendKey val="0"></showLegendKey><showVal val="0"></showVal><showCatName val="0">` +
		`</showCatName><showSerName val="0"></showSerName><showPercent val="0"></showPercent>` +
		`<showBubbleSize val="0"></showBubbleSize><showLeaderLines val="0"></showLeaderLines></dLbls>`
	chartAxesHead = `<dLbls><showLegendKey val="0"></showLegendKey><showVal val="0"></showVal><showCatName val="0">` +
		`</showCatName><showSerName val="0"></showSerName><showPercent val="0"></showPercent>` +
		`<showBubbleSize val="0"></showBubbleSize><showLeaderLines val="0"></showLeaderLines></dLbls>` +
		`<axId val="100000000"></axId><axId val="100000001"></axId></radarChart><catAx><axId val="100000000">` +
		`</axId><scaling><orientation val="minMax"></orientation></scaling><delete val="0"></delete>` +
		`<axPos val="b"></axPos><numFmt formatCode="General" sourceLinked="false"></numFmt>` +
		`<majorTickMark val="none"></majorTickMark><minorTickMark val="none"></minorTickMark>` +
		`<tickLblPos val="nextTo"></tickLblPos>` +
		axisLine +
		`<txPr>` +
		`<a:bodyPr anchor="ctr" anchorCtr="true" rot="0" spcFirstLastPara="true" vert="horz" vertOverflow="ellipsis" wrap="square">` +
		`</a:bodyPr><a:p><a:pPr>` +
		`<a:defRPr b="true" baseline="0" i="false" kern="1200" spc="0" strike="noStrike" sz="1000" u="none">` +
		`<a:solidFill><a:srgbClr val="262626"></a:srgbClr></a:solidFill><a:latin typeface="Calibri">` +
		`</a:latin><a:ea typeface="Calibri"></a:ea><a:cs typeface="Calibri"></a:cs></a:defRPr></a:pPr>` +
		`<a:endParaRPr lang="en-US"></a:endParaRPr></a:p></txPr><crossAx val="100000001"></crossAx>` +
		`<crosses val="autoZero"></crosses><auto val="1"></auto><lblAlgn val="ctr"></lblAlgn>` +
		`<lblOffset val="100"></lblOffset><noMultiLvlLbl val="0"></noMultiLvlLbl></catAx><valAx>` +
		`<axId val="100000001"></axId><scaling><orientation val="minMax"></orientation>`
	chartTail = `</scaling><delete val="0"></delete><axPos val="l"></axPos><majorGridlines>` +
		axisLine +
		`</majorGridlines><numFmt formatCode="0" sourceLinked="false"></numFmt><majorTickMark val="none">` +
		`</majorTickMark><minorTickMark val="none"></minorTickMark><tickLblPos val="nextTo"></tickLblPos>` +
		axisLine +
		`<txPr>` +
		`<a:bodyPr anchor="ctr" anchorCtr="true" rot="0" spcFirstLastPara="true" vert="horz" vertOverflow="ellipsis" wrap="square">` +
		`</a:bodyPr><a:p><a:pPr>` +
		`<a:defRPr b="false" baseline="0" i="false" kern="1200" spc="0" strike="noStrike" sz="800" u="none">` +
		`<a:solidFill><a:srgbClr val="595959"></a:srgbClr></a:solidFill><a:latin typeface="Calibri">` +
		`</a:latin><a:ea typeface="Calibri"></a:ea><a:cs typeface="Calibri"></a:cs></a:defRPr></a:pPr>` +
		`<a:endParaRPr lang="en-US"></a:endParaRPr></a:p></txPr><crossAx val="100000000"></crossAx>` +
		`<crosses val="autoZero"></crosses><crossBetween val="between"></crossBetween><majorUnit val="1">` +
		`</majorUnit></valAx><spPr></spPr></plotArea><legend><legendPos val="b"></legendPos><overlay val="0">` +
		`</overlay><txPr><a:bodyPr anchorCtr="false" rot="0" spcFirstLastPara="false"></a:bodyPr><a:p><a:pPr>` +
		`<a:defRPr b="false" baseline="0" i="false" kern="0" spc="0" sz="900"><a:latin typeface="Calibri">` +
		`</a:latin><a:ea typeface="Calibri"></a:ea><a:cs typeface="Calibri"></a:cs></a:defRPr></a:pPr></a:p>` +
		`</txPr></legend><plotVisOnly val="0"></plotVisOnly><dispBlanksAs val="gap"></dispBlanksAs>` +
		`<showDLblsOverMax val="0"></showDLblsOverMax></chart><spPr></spPr><printSettings>` +
		`<pageMargins b="0.75" footer="0.3" header="0.3" l="0.7" r="0.7" t="0.7"></pageMargins>` +
		`</printSettings></chartSpace>`
)
