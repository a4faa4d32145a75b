import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	t0002: {
		t0001: r.one.t0001({
			from: r.t0002.parentId,
			to: r.t0001.id
		}),
		t0003s: r.many.t0003(),
	},
	t0001: {
		t0002s: r.many.t0002(),
	},
	t0003: {
		t0002: r.one.t0002({
			from: r.t0003.parentId,
			to: r.t0002.id
		}),
		t0004s: r.many.t0004(),
	},
	t0004: {
		t0003: r.one.t0003({
			from: r.t0004.parentId,
			to: r.t0003.id
		}),
		t0005s: r.many.t0005(),
	},
	t0005: {
		t0004: r.one.t0004({
			from: r.t0005.parentId,
			to: r.t0004.id
		}),
		t0006s: r.many.t0006(),
	},
	t0006: {
		t0005: r.one.t0005({
			from: r.t0006.parentId,
			to: r.t0005.id
		}),
		t0007s: r.many.t0007(),
	},
	t0007: {
		t0006: r.one.t0006({
			from: r.t0007.parentId,
			to: r.t0006.id
		}),
		t0008s: r.many.t0008(),
	},
	t0008: {
		t0007: r.one.t0007({
			from: r.t0008.parentId,
			to: r.t0007.id
		}),
		t0009s: r.many.t0009(),
	},
	t0009: {
		t0008: r.one.t0008({
			from: r.t0009.parentId,
			to: r.t0008.id
		}),
		t0010s: r.many.t0010(),
	},
	t0010: {
		t0009: r.one.t0009({
			from: r.t0010.parentId,
			to: r.t0009.id
		}),
		t0011s: r.many.t0011(),
	},
	t0011: {
		t0010: r.one.t0010({
			from: r.t0011.parentId,
			to: r.t0010.id
		}),
		t0012s: r.many.t0012(),
	},
	t0012: {
		t0011: r.one.t0011({
			from: r.t0012.parentId,
			to: r.t0011.id
		}),
		t0013s: r.many.t0013(),
	},
	t0013: {
		t0012: r.one.t0012({
			from: r.t0013.parentId,
			to: r.t0012.id
		}),
		t0014s: r.many.t0014(),
	},
	t0014: {
		t0013: r.one.t0013({
			from: r.t0014.parentId,
			to: r.t0013.id
		}),
		t0015s: r.many.t0015(),
	},
	t0015: {
		t0014: r.one.t0014({
			from: r.t0015.parentId,
			to: r.t0014.id
		}),
		t0016s: r.many.t0016(),
	},
	t0016: {
		t0015: r.one.t0015({
			from: r.t0016.parentId,
			to: r.t0015.id
		}),
		t0017s: r.many.t0017(),
	},
	t0017: {
		t0016: r.one.t0016({
			from: r.t0017.parentId,
			to: r.t0016.id
		}),
		t0018s: r.many.t0018(),
	},
	t0018: {
		t0017: r.one.t0017({
			from: r.t0018.parentId,
			to: r.t0017.id
		}),
		t0019s: r.many.t0019(),
	},
	t0019: {
		t0018: r.one.t0018({
			from: r.t0019.parentId,
			to: r.t0018.id
		}),
		t0020s: r.many.t0020(),
	},
	t0020: {
		t0019: r.one.t0019({
			from: r.t0020.parentId,
			to: r.t0019.id
		}),
		t0021s: r.many.t0021(),
	},
	t0021: {
		t0020: r.one.t0020({
			from: r.t0021.parentId,
			to: r.t0020.id
		}),
		t0022s: r.many.t0022(),
	},
	t0022: {
		t0021: r.one.t0021({
			from: r.t0022.parentId,
			to: r.t0021.id
		}),
		t0023s: r.many.t0023(),
	},
	t0023: {
		t0022: r.one.t0022({
			from: r.t0023.parentId,
			to: r.t0022.id
		}),
		t0024s: r.many.t0024(),
	},
	t0024: {
		t0023: r.one.t0023({
			from: r.t0024.parentId,
			to: r.t0023.id
		}),
		t0025s: r.many.t0025(),
	},
	t0025: {
		t0024: r.one.t0024({
			from: r.t0025.parentId,
			to: r.t0024.id
		}),
		t0026s: r.many.t0026(),
	},
	t0026: {
		t0025: r.one.t0025({
			from: r.t0026.parentId,
			to: r.t0025.id
		}),
		t0027s: r.many.t0027(),
	},
	t0027: {
		t0026: r.one.t0026({
			from: r.t0027.parentId,
			to: r.t0026.id
		}),
		t0028s: r.many.t0028(),
	},
	t0028: {
		t0027: r.one.t0027({
			from: r.t0028.parentId,
			to: r.t0027.id
		}),
		t0029s: r.many.t0029(),
	},
	t0029: {
		t0028: r.one.t0028({
			from: r.t0029.parentId,
			to: r.t0028.id
		}),
		t0030s: r.many.t0030(),
	},
	t0030: {
		t0029: r.one.t0029({
			from: r.t0030.parentId,
			to: r.t0029.id
		}),
		t0031s: r.many.t0031(),
	},
	t0031: {
		t0030: r.one.t0030({
			from: r.t0031.parentId,
			to: r.t0030.id
		}),
		t0032s: r.many.t0032(),
	},
	t0032: {
		t0031: r.one.t0031({
			from: r.t0032.parentId,
			to: r.t0031.id
		}),
		t0033s: r.many.t0033(),
	},
	t0033: {
		t0032: r.one.t0032({
			from: r.t0033.parentId,
			to: r.t0032.id
		}),
		t0034s: r.many.t0034(),
	},
	t0034: {
		t0033: r.one.t0033({
			from: r.t0034.parentId,
			to: r.t0033.id
		}),
		t0035s: r.many.t0035(),
	},
	t0035: {
		t0034: r.one.t0034({
			from: r.t0035.parentId,
			to: r.t0034.id
		}),
		t0036s: r.many.t0036(),
	},
	t0036: {
		t0035: r.one.t0035({
			from: r.t0036.parentId,
			to: r.t0035.id
		}),
		t0037s: r.many.t0037(),
	},
	t0037: {
		t0036: r.one.t0036({
			from: r.t0037.parentId,
			to: r.t0036.id
		}),
		t0038s: r.many.t0038(),
	},
	t0038: {
		t0037: r.one.t0037({
			from: r.t0038.parentId,
			to: r.t0037.id
		}),
		t0039s: r.many.t0039(),
	},
	t0039: {
		t0038: r.one.t0038({
			from: r.t0039.parentId,
			to: r.t0038.id
		}),
		t0040s: r.many.t0040(),
	},
	t0040: {
		t0039: r.one.t0039({
			from: r.t0040.parentId,
			to: r.t0039.id
		}),
		t0041s: r.many.t0041(),
	},
	t0041: {
		t0040: r.one.t0040({
			from: r.t0041.parentId,
			to: r.t0040.id
		}),
		t0042s: r.many.t0042(),
	},
	t0042: {
		t0041: r.one.t0041({
			from: r.t0042.parentId,
			to: r.t0041.id
		}),
		t0043s: r.many.t0043(),
	},
	t0043: {
		t0042: r.one.t0042({
			from: r.t0043.parentId,
			to: r.t0042.id
		}),
		t0044s: r.many.t0044(),
	},
	t0044: {
		t0043: r.one.t0043({
			from: r.t0044.parentId,
			to: r.t0043.id
		}),
		t0045s: r.many.t0045(),
	},
	t0045: {
		t0044: r.one.t0044({
			from: r.t0045.parentId,
			to: r.t0044.id
		}),
		t0046s: r.many.t0046(),
	},
	t0046: {
		t0045: r.one.t0045({
			from: r.t0046.parentId,
			to: r.t0045.id
		}),
		t0047s: r.many.t0047(),
	},
	t0047: {
		t0046: r.one.t0046({
			from: r.t0047.parentId,
			to: r.t0046.id
		}),
		t0048s: r.many.t0048(),
	},
	t0048: {
		t0047: r.one.t0047({
			from: r.t0048.parentId,
			to: r.t0047.id
		}),
		t0049s: r.many.t0049(),
	},
	t0049: {
		t0048: r.one.t0048({
			from: r.t0049.parentId,
			to: r.t0048.id
		}),
		t0050s: r.many.t0050(),
	},
	t0050: {
		t0049: r.one.t0049({
			from: r.t0050.parentId,
			to: r.t0049.id
		}),
		t0051s: r.many.t0051(),
	},
	t0051: {
		t0050: r.one.t0050({
			from: r.t0051.parentId,
			to: r.t0050.id
		}),
		t0052s: r.many.t0052(),
	},
	t0052: {
		t0051: r.one.t0051({
			from: r.t0052.parentId,
			to: r.t0051.id
		}),
		t0053s: r.many.t0053(),
	},
	t0053: {
		t0052: r.one.t0052({
			from: r.t0053.parentId,
			to: r.t0052.id
		}),
		t0054s: r.many.t0054(),
	},
	t0054: {
		t0053: r.one.t0053({
			from: r.t0054.parentId,
			to: r.t0053.id
		}),
		t0055s: r.many.t0055(),
	},
	t0055: {
		t0054: r.one.t0054({
			from: r.t0055.parentId,
			to: r.t0054.id
		}),
		t0056s: r.many.t0056(),
	},
	t0056: {
		t0055: r.one.t0055({
			from: r.t0056.parentId,
			to: r.t0055.id
		}),
		t0057s: r.many.t0057(),
	},
	t0057: {
		t0056: r.one.t0056({
			from: r.t0057.parentId,
			to: r.t0056.id
		}),
		t0058s: r.many.t0058(),
	},
	t0058: {
		t0057: r.one.t0057({
			from: r.t0058.parentId,
			to: r.t0057.id
		}),
		t0059s: r.many.t0059(),
	},
	t0059: {
		t0058: r.one.t0058({
			from: r.t0059.parentId,
			to: r.t0058.id
		}),
		t0060s: r.many.t0060(),
	},
	t0060: {
		t0059: r.one.t0059({
			from: r.t0060.parentId,
			to: r.t0059.id
		}),
		t0061s: r.many.t0061(),
	},
	t0061: {
		t0060: r.one.t0060({
			from: r.t0061.parentId,
			to: r.t0060.id
		}),
		t0062s: r.many.t0062(),
	},
	t0062: {
		t0061: r.one.t0061({
			from: r.t0062.parentId,
			to: r.t0061.id
		}),
		t0063s: r.many.t0063(),
	},
	t0063: {
		t0062: r.one.t0062({
			from: r.t0063.parentId,
			to: r.t0062.id
		}),
		t0064s: r.many.t0064(),
	},
	t0064: {
		t0063: r.one.t0063({
			from: r.t0064.parentId,
			to: r.t0063.id
		}),
		t0065s: r.many.t0065(),
	},
	t0065: {
		t0064: r.one.t0064({
			from: r.t0065.parentId,
			to: r.t0064.id
		}),
		t0066s: r.many.t0066(),
	},
	t0066: {
		t0065: r.one.t0065({
			from: r.t0066.parentId,
			to: r.t0065.id
		}),
		t0067s: r.many.t0067(),
	},
	t0067: {
		t0066: r.one.t0066({
			from: r.t0067.parentId,
			to: r.t0066.id
		}),
		t0068s: r.many.t0068(),
	},
	t0068: {
		t0067: r.one.t0067({
			from: r.t0068.parentId,
			to: r.t0067.id
		}),
		t0069s: r.many.t0069(),
	},
	t0069: {
		t0068: r.one.t0068({
			from: r.t0069.parentId,
			to: r.t0068.id
		}),
		t0070s: r.many.t0070(),
	},
	t0070: {
		t0069: r.one.t0069({
			from: r.t0070.parentId,
			to: r.t0069.id
		}),
		t0071s: r.many.t0071(),
	},
	t0071: {
		t0070: r.one.t0070({
			from: r.t0071.parentId,
			to: r.t0070.id
		}),
		t0072s: r.many.t0072(),
	},
	t0072: {
		t0071: r.one.t0071({
			from: r.t0072.parentId,
			to: r.t0071.id
		}),
		t0073s: r.many.t0073(),
	},
	t0073: {
		t0072: r.one.t0072({
			from: r.t0073.parentId,
			to: r.t0072.id
		}),
		t0074s: r.many.t0074(),
	},
	t0074: {
		t0073: r.one.t0073({
			from: r.t0074.parentId,
			to: r.t0073.id
		}),
		t0075s: r.many.t0075(),
	},
	t0075: {
		t0074: r.one.t0074({
			from: r.t0075.parentId,
			to: r.t0074.id
		}),
		t0076s: r.many.t0076(),
	},
	t0076: {
		t0075: r.one.t0075({
			from: r.t0076.parentId,
			to: r.t0075.id
		}),
		t0077s: r.many.t0077(),
	},
	t0077: {
		t0076: r.one.t0076({
			from: r.t0077.parentId,
			to: r.t0076.id
		}),
		t0078s: r.many.t0078(),
	},
	t0078: {
		t0077: r.one.t0077({
			from: r.t0078.parentId,
			to: r.t0077.id
		}),
		t0079s: r.many.t0079(),
	},
	t0079: {
		t0078: r.one.t0078({
			from: r.t0079.parentId,
			to: r.t0078.id
		}),
		t0080s: r.many.t0080(),
	},
	t0080: {
		t0079: r.one.t0079({
			from: r.t0080.parentId,
			to: r.t0079.id
		}),
		t0081s: r.many.t0081(),
	},
	t0081: {
		t0080: r.one.t0080({
			from: r.t0081.parentId,
			to: r.t0080.id
		}),
		t0082s: r.many.t0082(),
	},
	t0082: {
		t0081: r.one.t0081({
			from: r.t0082.parentId,
			to: r.t0081.id
		}),
		t0083s: r.many.t0083(),
	},
	t0083: {
		t0082: r.one.t0082({
			from: r.t0083.parentId,
			to: r.t0082.id
		}),
		t0084s: r.many.t0084(),
	},
	t0084: {
		t0083: r.one.t0083({
			from: r.t0084.parentId,
			to: r.t0083.id
		}),
		t0085s: r.many.t0085(),
	},
	t0085: {
		t0084: r.one.t0084({
			from: r.t0085.parentId,
			to: r.t0084.id
		}),
		t0086s: r.many.t0086(),
	},
	t0086: {
		t0085: r.one.t0085({
			from: r.t0086.parentId,
			to: r.t0085.id
		}),
		t0087s: r.many.t0087(),
	},
	t0087: {
		t0086: r.one.t0086({
			from: r.t0087.parentId,
			to: r.t0086.id
		}),
		t0088s: r.many.t0088(),
	},
	t0088: {
		t0087: r.one.t0087({
			from: r.t0088.parentId,
			to: r.t0087.id
		}),
		t0089s: r.many.t0089(),
	},
	t0089: {
		t0088: r.one.t0088({
			from: r.t0089.parentId,
			to: r.t0088.id
		}),
		t0090s: r.many.t0090(),
	},
	t0090: {
		t0089: r.one.t0089({
			from: r.t0090.parentId,
			to: r.t0089.id
		}),
		t0091s: r.many.t0091(),
	},
	t0091: {
		t0090: r.one.t0090({
			from: r.t0091.parentId,
			to: r.t0090.id
		}),
		t0092s: r.many.t0092(),
	},
	t0092: {
		t0091: r.one.t0091({
			from: r.t0092.parentId,
			to: r.t0091.id
		}),
		t0093s: r.many.t0093(),
	},
	t0093: {
		t0092: r.one.t0092({
			from: r.t0093.parentId,
			to: r.t0092.id
		}),
		t0094s: r.many.t0094(),
	},
	t0094: {
		t0093: r.one.t0093({
			from: r.t0094.parentId,
			to: r.t0093.id
		}),
		t0095s: r.many.t0095(),
	},
	t0095: {
		t0094: r.one.t0094({
			from: r.t0095.parentId,
			to: r.t0094.id
		}),
		t0096s: r.many.t0096(),
	},
	t0096: {
		t0095: r.one.t0095({
			from: r.t0096.parentId,
			to: r.t0095.id
		}),
		t0097s: r.many.t0097(),
	},
	t0097: {
		t0096: r.one.t0096({
			from: r.t0097.parentId,
			to: r.t0096.id
		}),
		t0098s: r.many.t0098(),
	},
	t0098: {
		t0097: r.one.t0097({
			from: r.t0098.parentId,
			to: r.t0097.id
		}),
		t0099s: r.many.t0099(),
	},
	t0099: {
		t0098: r.one.t0098({
			from: r.t0099.parentId,
			to: r.t0098.id
		}),
		t0100s: r.many.t0100(),
	},
	t0100: {
		t0099: r.one.t0099({
			from: r.t0100.parentId,
			to: r.t0099.id
		}),
		t0101s: r.many.t0101(),
	},
	t0101: {
		t0100: r.one.t0100({
			from: r.t0101.parentId,
			to: r.t0100.id
		}),
		t0102s: r.many.t0102(),
	},
	t0102: {
		t0101: r.one.t0101({
			from: r.t0102.parentId,
			to: r.t0101.id
		}),
		t0103s: r.many.t0103(),
	},
	t0103: {
		t0102: r.one.t0102({
			from: r.t0103.parentId,
			to: r.t0102.id
		}),
		t0104s: r.many.t0104(),
	},
	t0104: {
		t0103: r.one.t0103({
			from: r.t0104.parentId,
			to: r.t0103.id
		}),
		t0105s: r.many.t0105(),
	},
	t0105: {
		t0104: r.one.t0104({
			from: r.t0105.parentId,
			to: r.t0104.id
		}),
		t0106s: r.many.t0106(),
	},
	t0106: {
		t0105: r.one.t0105({
			from: r.t0106.parentId,
			to: r.t0105.id
		}),
		t0107s: r.many.t0107(),
	},
	t0107: {
		t0106: r.one.t0106({
			from: r.t0107.parentId,
			to: r.t0106.id
		}),
		t0108s: r.many.t0108(),
	},
	t0108: {
		t0107: r.one.t0107({
			from: r.t0108.parentId,
			to: r.t0107.id
		}),
		t0109s: r.many.t0109(),
	},
	t0109: {
		t0108: r.one.t0108({
			from: r.t0109.parentId,
			to: r.t0108.id
		}),
		t0110s: r.many.t0110(),
	},
	t0110: {
		t0109: r.one.t0109({
			from: r.t0110.parentId,
			to: r.t0109.id
		}),
		t0111s: r.many.t0111(),
	},
	t0111: {
		t0110: r.one.t0110({
			from: r.t0111.parentId,
			to: r.t0110.id
		}),
		t0112s: r.many.t0112(),
	},
	t0112: {
		t0111: r.one.t0111({
			from: r.t0112.parentId,
			to: r.t0111.id
		}),
		t0113s: r.many.t0113(),
	},
	t0113: {
		t0112: r.one.t0112({
			from: r.t0113.parentId,
			to: r.t0112.id
		}),
		t0114s: r.many.t0114(),
	},
	t0114: {
		t0113: r.one.t0113({
			from: r.t0114.parentId,
			to: r.t0113.id
		}),
		t0115s: r.many.t0115(),
	},
	t0115: {
		t0114: r.one.t0114({
			from: r.t0115.parentId,
			to: r.t0114.id
		}),
		t0116s: r.many.t0116(),
	},
	t0116: {
		t0115: r.one.t0115({
			from: r.t0116.parentId,
			to: r.t0115.id
		}),
		t0117s: r.many.t0117(),
	},
	t0117: {
		t0116: r.one.t0116({
			from: r.t0117.parentId,
			to: r.t0116.id
		}),
		t0118s: r.many.t0118(),
	},
	t0118: {
		t0117: r.one.t0117({
			from: r.t0118.parentId,
			to: r.t0117.id
		}),
		t0119s: r.many.t0119(),
	},
	t0119: {
		t0118: r.one.t0118({
			from: r.t0119.parentId,
			to: r.t0118.id
		}),
		t0120s: r.many.t0120(),
	},
	t0120: {
		t0119: r.one.t0119({
			from: r.t0120.parentId,
			to: r.t0119.id
		}),
		t0121s: r.many.t0121(),
	},
	t0121: {
		t0120: r.one.t0120({
			from: r.t0121.parentId,
			to: r.t0120.id
		}),
		t0122s: r.many.t0122(),
	},
	t0122: {
		t0121: r.one.t0121({
			from: r.t0122.parentId,
			to: r.t0121.id
		}),
		t0123s: r.many.t0123(),
	},
	t0123: {
		t0122: r.one.t0122({
			from: r.t0123.parentId,
			to: r.t0122.id
		}),
		t0124s: r.many.t0124(),
	},
	t0124: {
		t0123: r.one.t0123({
			from: r.t0124.parentId,
			to: r.t0123.id
		}),
		t0125s: r.many.t0125(),
	},
	t0125: {
		t0124: r.one.t0124({
			from: r.t0125.parentId,
			to: r.t0124.id
		}),
		t0126s: r.many.t0126(),
	},
	t0126: {
		t0125: r.one.t0125({
			from: r.t0126.parentId,
			to: r.t0125.id
		}),
		t0127s: r.many.t0127(),
	},
	t0127: {
		t0126: r.one.t0126({
			from: r.t0127.parentId,
			to: r.t0126.id
		}),
		t0128s: r.many.t0128(),
	},
	t0128: {
		t0127: r.one.t0127({
			from: r.t0128.parentId,
			to: r.t0127.id
		}),
		t0129s: r.many.t0129(),
	},
	t0129: {
		t0128: r.one.t0128({
			from: r.t0129.parentId,
			to: r.t0128.id
		}),
		t0130s: r.many.t0130(),
	},
	t0130: {
		t0129: r.one.t0129({
			from: r.t0130.parentId,
			to: r.t0129.id
		}),
		t0131s: r.many.t0131(),
	},
	t0131: {
		t0130: r.one.t0130({
			from: r.t0131.parentId,
			to: r.t0130.id
		}),
		t0132s: r.many.t0132(),
	},
	t0132: {
		t0131: r.one.t0131({
			from: r.t0132.parentId,
			to: r.t0131.id
		}),
		t0133s: r.many.t0133(),
	},
	t0133: {
		t0132: r.one.t0132({
			from: r.t0133.parentId,
			to: r.t0132.id
		}),
		t0134s: r.many.t0134(),
	},
	t0134: {
		t0133: r.one.t0133({
			from: r.t0134.parentId,
			to: r.t0133.id
		}),
		t0135s: r.many.t0135(),
	},
	t0135: {
		t0134: r.one.t0134({
			from: r.t0135.parentId,
			to: r.t0134.id
		}),
		t0136s: r.many.t0136(),
	},
	t0136: {
		t0135: r.one.t0135({
			from: r.t0136.parentId,
			to: r.t0135.id
		}),
		t0137s: r.many.t0137(),
	},
	t0137: {
		t0136: r.one.t0136({
			from: r.t0137.parentId,
			to: r.t0136.id
		}),
		t0138s: r.many.t0138(),
	},
	t0138: {
		t0137: r.one.t0137({
			from: r.t0138.parentId,
			to: r.t0137.id
		}),
		t0139s: r.many.t0139(),
	},
	t0139: {
		t0138: r.one.t0138({
			from: r.t0139.parentId,
			to: r.t0138.id
		}),
		t0140s: r.many.t0140(),
	},
	t0140: {
		t0139: r.one.t0139({
			from: r.t0140.parentId,
			to: r.t0139.id
		}),
		t0141s: r.many.t0141(),
	},
	t0141: {
		t0140: r.one.t0140({
			from: r.t0141.parentId,
			to: r.t0140.id
		}),
		t0142s: r.many.t0142(),
	},
	t0142: {
		t0141: r.one.t0141({
			from: r.t0142.parentId,
			to: r.t0141.id
		}),
		t0143s: r.many.t0143(),
	},
	t0143: {
		t0142: r.one.t0142({
			from: r.t0143.parentId,
			to: r.t0142.id
		}),
		t0144s: r.many.t0144(),
	},
	t0144: {
		t0143: r.one.t0143({
			from: r.t0144.parentId,
			to: r.t0143.id
		}),
		t0145s: r.many.t0145(),
	},
	t0145: {
		t0144: r.one.t0144({
			from: r.t0145.parentId,
			to: r.t0144.id
		}),
		t0146s: r.many.t0146(),
	},
	t0146: {
		t0145: r.one.t0145({
			from: r.t0146.parentId,
			to: r.t0145.id
		}),
		t0147s: r.many.t0147(),
	},
	t0147: {
		t0146: r.one.t0146({
			from: r.t0147.parentId,
			to: r.t0146.id
		}),
		t0148s: r.many.t0148(),
	},
	t0148: {
		t0147: r.one.t0147({
			from: r.t0148.parentId,
			to: r.t0147.id
		}),
		t0149s: r.many.t0149(),
	},
	t0149: {
		t0148: r.one.t0148({
			from: r.t0149.parentId,
			to: r.t0148.id
		}),
		t0150s: r.many.t0150(),
	},
	t0150: {
		t0149: r.one.t0149({
			from: r.t0150.parentId,
			to: r.t0149.id
		}),
		t0151s: r.many.t0151(),
	},
	t0151: {
		t0150: r.one.t0150({
			from: r.t0151.parentId,
			to: r.t0150.id
		}),
		t0152s: r.many.t0152(),
	},
	t0152: {
		t0151: r.one.t0151({
			from: r.t0152.parentId,
			to: r.t0151.id
		}),
		t0153s: r.many.t0153(),
	},
	t0153: {
		t0152: r.one.t0152({
			from: r.t0153.parentId,
			to: r.t0152.id
		}),
		t0154s: r.many.t0154(),
	},
	t0154: {
		t0153: r.one.t0153({
			from: r.t0154.parentId,
			to: r.t0153.id
		}),
		t0155s: r.many.t0155(),
	},
	t0155: {
		t0154: r.one.t0154({
			from: r.t0155.parentId,
			to: r.t0154.id
		}),
		t0156s: r.many.t0156(),
	},
	t0156: {
		t0155: r.one.t0155({
			from: r.t0156.parentId,
			to: r.t0155.id
		}),
		t0157s: r.many.t0157(),
	},
	t0157: {
		t0156: r.one.t0156({
			from: r.t0157.parentId,
			to: r.t0156.id
		}),
		t0158s: r.many.t0158(),
	},
	t0158: {
		t0157: r.one.t0157({
			from: r.t0158.parentId,
			to: r.t0157.id
		}),
		t0159s: r.many.t0159(),
	},
	t0159: {
		t0158: r.one.t0158({
			from: r.t0159.parentId,
			to: r.t0158.id
		}),
		t0160s: r.many.t0160(),
	},
	t0160: {
		t0159: r.one.t0159({
			from: r.t0160.parentId,
			to: r.t0159.id
		}),
		t0161s: r.many.t0161(),
	},
	t0161: {
		t0160: r.one.t0160({
			from: r.t0161.parentId,
			to: r.t0160.id
		}),
		t0162s: r.many.t0162(),
	},
	t0162: {
		t0161: r.one.t0161({
			from: r.t0162.parentId,
			to: r.t0161.id
		}),
		t0163s: r.many.t0163(),
	},
	t0163: {
		t0162: r.one.t0162({
			from: r.t0163.parentId,
			to: r.t0162.id
		}),
		t0164s: r.many.t0164(),
	},
	t0164: {
		t0163: r.one.t0163({
			from: r.t0164.parentId,
			to: r.t0163.id
		}),
		t0165s: r.many.t0165(),
	},
	t0165: {
		t0164: r.one.t0164({
			from: r.t0165.parentId,
			to: r.t0164.id
		}),
		t0166s: r.many.t0166(),
	},
	t0166: {
		t0165: r.one.t0165({
			from: r.t0166.parentId,
			to: r.t0165.id
		}),
		t0167s: r.many.t0167(),
	},
	t0167: {
		t0166: r.one.t0166({
			from: r.t0167.parentId,
			to: r.t0166.id
		}),
		t0168s: r.many.t0168(),
	},
	t0168: {
		t0167: r.one.t0167({
			from: r.t0168.parentId,
			to: r.t0167.id
		}),
		t0169s: r.many.t0169(),
	},
	t0169: {
		t0168: r.one.t0168({
			from: r.t0169.parentId,
			to: r.t0168.id
		}),
		t0170s: r.many.t0170(),
	},
	t0170: {
		t0169: r.one.t0169({
			from: r.t0170.parentId,
			to: r.t0169.id
		}),
		t0171s: r.many.t0171(),
	},
	t0171: {
		t0170: r.one.t0170({
			from: r.t0171.parentId,
			to: r.t0170.id
		}),
		t0172s: r.many.t0172(),
	},
	t0172: {
		t0171: r.one.t0171({
			from: r.t0172.parentId,
			to: r.t0171.id
		}),
		t0173s: r.many.t0173(),
	},
	t0173: {
		t0172: r.one.t0172({
			from: r.t0173.parentId,
			to: r.t0172.id
		}),
		t0174s: r.many.t0174(),
	},
	t0174: {
		t0173: r.one.t0173({
			from: r.t0174.parentId,
			to: r.t0173.id
		}),
		t0175s: r.many.t0175(),
	},
	t0175: {
		t0174: r.one.t0174({
			from: r.t0175.parentId,
			to: r.t0174.id
		}),
		t0176s: r.many.t0176(),
	},
	t0176: {
		t0175: r.one.t0175({
			from: r.t0176.parentId,
			to: r.t0175.id
		}),
		t0177s: r.many.t0177(),
	},
	t0177: {
		t0176: r.one.t0176({
			from: r.t0177.parentId,
			to: r.t0176.id
		}),
		t0178s: r.many.t0178(),
	},
	t0178: {
		t0177: r.one.t0177({
			from: r.t0178.parentId,
			to: r.t0177.id
		}),
		t0179s: r.many.t0179(),
	},
	t0179: {
		t0178: r.one.t0178({
			from: r.t0179.parentId,
			to: r.t0178.id
		}),
		t0180s: r.many.t0180(),
	},
	t0180: {
		t0179: r.one.t0179({
			from: r.t0180.parentId,
			to: r.t0179.id
		}),
		t0181s: r.many.t0181(),
	},
	t0181: {
		t0180: r.one.t0180({
			from: r.t0181.parentId,
			to: r.t0180.id
		}),
		t0182s: r.many.t0182(),
	},
	t0182: {
		t0181: r.one.t0181({
			from: r.t0182.parentId,
			to: r.t0181.id
		}),
		t0183s: r.many.t0183(),
	},
	t0183: {
		t0182: r.one.t0182({
			from: r.t0183.parentId,
			to: r.t0182.id
		}),
		t0184s: r.many.t0184(),
	},
	t0184: {
		t0183: r.one.t0183({
			from: r.t0184.parentId,
			to: r.t0183.id
		}),
		t0185s: r.many.t0185(),
	},
	t0185: {
		t0184: r.one.t0184({
			from: r.t0185.parentId,
			to: r.t0184.id
		}),
		t0186s: r.many.t0186(),
	},
	t0186: {
		t0185: r.one.t0185({
			from: r.t0186.parentId,
			to: r.t0185.id
		}),
		t0187s: r.many.t0187(),
	},
	t0187: {
		t0186: r.one.t0186({
			from: r.t0187.parentId,
			to: r.t0186.id
		}),
		t0188s: r.many.t0188(),
	},
	t0188: {
		t0187: r.one.t0187({
			from: r.t0188.parentId,
			to: r.t0187.id
		}),
		t0189s: r.many.t0189(),
	},
	t0189: {
		t0188: r.one.t0188({
			from: r.t0189.parentId,
			to: r.t0188.id
		}),
		t0190s: r.many.t0190(),
	},
	t0190: {
		t0189: r.one.t0189({
			from: r.t0190.parentId,
			to: r.t0189.id
		}),
		t0191s: r.many.t0191(),
	},
	t0191: {
		t0190: r.one.t0190({
			from: r.t0191.parentId,
			to: r.t0190.id
		}),
		t0192s: r.many.t0192(),
	},
	t0192: {
		t0191: r.one.t0191({
			from: r.t0192.parentId,
			to: r.t0191.id
		}),
		t0193s: r.many.t0193(),
	},
	t0193: {
		t0192: r.one.t0192({
			from: r.t0193.parentId,
			to: r.t0192.id
		}),
		t0194s: r.many.t0194(),
	},
	t0194: {
		t0193: r.one.t0193({
			from: r.t0194.parentId,
			to: r.t0193.id
		}),
		t0195s: r.many.t0195(),
	},
	t0195: {
		t0194: r.one.t0194({
			from: r.t0195.parentId,
			to: r.t0194.id
		}),
		t0196s: r.many.t0196(),
	},
	t0196: {
		t0195: r.one.t0195({
			from: r.t0196.parentId,
			to: r.t0195.id
		}),
		t0197s: r.many.t0197(),
	},
	t0197: {
		t0196: r.one.t0196({
			from: r.t0197.parentId,
			to: r.t0196.id
		}),
		t0198s: r.many.t0198(),
	},
	t0198: {
		t0197: r.one.t0197({
			from: r.t0198.parentId,
			to: r.t0197.id
		}),
		t0199s: r.many.t0199(),
	},
	t0199: {
		t0198: r.one.t0198({
			from: r.t0199.parentId,
			to: r.t0198.id
		}),
		t0200s: r.many.t0200(),
	},
	t0200: {
		t0199: r.one.t0199({
			from: r.t0200.parentId,
			to: r.t0199.id
		}),
		t0201s: r.many.t0201(),
	},
	t0201: {
		t0200: r.one.t0200({
			from: r.t0201.parentId,
			to: r.t0200.id
		}),
		t0202s: r.many.t0202(),
	},
	t0202: {
		t0201: r.one.t0201({
			from: r.t0202.parentId,
			to: r.t0201.id
		}),
		t0203s: r.many.t0203(),
	},
	t0203: {
		t0202: r.one.t0202({
			from: r.t0203.parentId,
			to: r.t0202.id
		}),
		t0204s: r.many.t0204(),
	},
	t0204: {
		t0203: r.one.t0203({
			from: r.t0204.parentId,
			to: r.t0203.id
		}),
		t0205s: r.many.t0205(),
	},
	t0205: {
		t0204: r.one.t0204({
			from: r.t0205.parentId,
			to: r.t0204.id
		}),
		t0206s: r.many.t0206(),
	},
	t0206: {
		t0205: r.one.t0205({
			from: r.t0206.parentId,
			to: r.t0205.id
		}),
		t0207s: r.many.t0207(),
	},
	t0207: {
		t0206: r.one.t0206({
			from: r.t0207.parentId,
			to: r.t0206.id
		}),
		t0208s: r.many.t0208(),
	},
	t0208: {
		t0207: r.one.t0207({
			from: r.t0208.parentId,
			to: r.t0207.id
		}),
		t0209s: r.many.t0209(),
	},
	t0209: {
		t0208: r.one.t0208({
			from: r.t0209.parentId,
			to: r.t0208.id
		}),
		t0210s: r.many.t0210(),
	},
	t0210: {
		t0209: r.one.t0209({
			from: r.t0210.parentId,
			to: r.t0209.id
		}),
		t0211s: r.many.t0211(),
	},
	t0211: {
		t0210: r.one.t0210({
			from: r.t0211.parentId,
			to: r.t0210.id
		}),
		t0212s: r.many.t0212(),
	},
	t0212: {
		t0211: r.one.t0211({
			from: r.t0212.parentId,
			to: r.t0211.id
		}),
		t0213s: r.many.t0213(),
	},
	t0213: {
		t0212: r.one.t0212({
			from: r.t0213.parentId,
			to: r.t0212.id
		}),
		t0214s: r.many.t0214(),
	},
	t0214: {
		t0213: r.one.t0213({
			from: r.t0214.parentId,
			to: r.t0213.id
		}),
		t0215s: r.many.t0215(),
	},
	t0215: {
		t0214: r.one.t0214({
			from: r.t0215.parentId,
			to: r.t0214.id
		}),
		t0216s: r.many.t0216(),
	},
	t0216: {
		t0215: r.one.t0215({
			from: r.t0216.parentId,
			to: r.t0215.id
		}),
		t0217s: r.many.t0217(),
	},
	t0217: {
		t0216: r.one.t0216({
			from: r.t0217.parentId,
			to: r.t0216.id
		}),
		t0218s: r.many.t0218(),
	},
	t0218: {
		t0217: r.one.t0217({
			from: r.t0218.parentId,
			to: r.t0217.id
		}),
		t0219s: r.many.t0219(),
	},
	t0219: {
		t0218: r.one.t0218({
			from: r.t0219.parentId,
			to: r.t0218.id
		}),
		t0220s: r.many.t0220(),
	},
	t0220: {
		t0219: r.one.t0219({
			from: r.t0220.parentId,
			to: r.t0219.id
		}),
		t0221s: r.many.t0221(),
	},
	t0221: {
		t0220: r.one.t0220({
			from: r.t0221.parentId,
			to: r.t0220.id
		}),
		t0222s: r.many.t0222(),
	},
	t0222: {
		t0221: r.one.t0221({
			from: r.t0222.parentId,
			to: r.t0221.id
		}),
		t0223s: r.many.t0223(),
	},
	t0223: {
		t0222: r.one.t0222({
			from: r.t0223.parentId,
			to: r.t0222.id
		}),
		t0224s: r.many.t0224(),
	},
	t0224: {
		t0223: r.one.t0223({
			from: r.t0224.parentId,
			to: r.t0223.id
		}),
		t0225s: r.many.t0225(),
	},
	t0225: {
		t0224: r.one.t0224({
			from: r.t0225.parentId,
			to: r.t0224.id
		}),
		t0226s: r.many.t0226(),
	},
	t0226: {
		t0225: r.one.t0225({
			from: r.t0226.parentId,
			to: r.t0225.id
		}),
		t0227s: r.many.t0227(),
	},
	t0227: {
		t0226: r.one.t0226({
			from: r.t0227.parentId,
			to: r.t0226.id
		}),
		t0228s: r.many.t0228(),
	},
	t0228: {
		t0227: r.one.t0227({
			from: r.t0228.parentId,
			to: r.t0227.id
		}),
		t0229s: r.many.t0229(),
	},
	t0229: {
		t0228: r.one.t0228({
			from: r.t0229.parentId,
			to: r.t0228.id
		}),
		t0230s: r.many.t0230(),
	},
	t0230: {
		t0229: r.one.t0229({
			from: r.t0230.parentId,
			to: r.t0229.id
		}),
		t0231s: r.many.t0231(),
	},
	t0231: {
		t0230: r.one.t0230({
			from: r.t0231.parentId,
			to: r.t0230.id
		}),
		t0232s: r.many.t0232(),
	},
	t0232: {
		t0231: r.one.t0231({
			from: r.t0232.parentId,
			to: r.t0231.id
		}),
		t0233s: r.many.t0233(),
	},
	t0233: {
		t0232: r.one.t0232({
			from: r.t0233.parentId,
			to: r.t0232.id
		}),
		t0234s: r.many.t0234(),
	},
	t0234: {
		t0233: r.one.t0233({
			from: r.t0234.parentId,
			to: r.t0233.id
		}),
		t0235s: r.many.t0235(),
	},
	t0235: {
		t0234: r.one.t0234({
			from: r.t0235.parentId,
			to: r.t0234.id
		}),
		t0236s: r.many.t0236(),
	},
	t0236: {
		t0235: r.one.t0235({
			from: r.t0236.parentId,
			to: r.t0235.id
		}),
		t0237s: r.many.t0237(),
	},
	t0237: {
		t0236: r.one.t0236({
			from: r.t0237.parentId,
			to: r.t0236.id
		}),
		t0238s: r.many.t0238(),
	},
	t0238: {
		t0237: r.one.t0237({
			from: r.t0238.parentId,
			to: r.t0237.id
		}),
		t0239s: r.many.t0239(),
	},
	t0239: {
		t0238: r.one.t0238({
			from: r.t0239.parentId,
			to: r.t0238.id
		}),
		t0240s: r.many.t0240(),
	},
	t0240: {
		t0239: r.one.t0239({
			from: r.t0240.parentId,
			to: r.t0239.id
		}),
		t0241s: r.many.t0241(),
	},
	t0241: {
		t0240: r.one.t0240({
			from: r.t0241.parentId,
			to: r.t0240.id
		}),
		t0242s: r.many.t0242(),
	},
	t0242: {
		t0241: r.one.t0241({
			from: r.t0242.parentId,
			to: r.t0241.id
		}),
		t0243s: r.many.t0243(),
	},
	t0243: {
		t0242: r.one.t0242({
			from: r.t0243.parentId,
			to: r.t0242.id
		}),
		t0244s: r.many.t0244(),
	},
	t0244: {
		t0243: r.one.t0243({
			from: r.t0244.parentId,
			to: r.t0243.id
		}),
		t0245s: r.many.t0245(),
	},
	t0245: {
		t0244: r.one.t0244({
			from: r.t0245.parentId,
			to: r.t0244.id
		}),
		t0246s: r.many.t0246(),
	},
	t0246: {
		t0245: r.one.t0245({
			from: r.t0246.parentId,
			to: r.t0245.id
		}),
		t0247s: r.many.t0247(),
	},
	t0247: {
		t0246: r.one.t0246({
			from: r.t0247.parentId,
			to: r.t0246.id
		}),
		t0248s: r.many.t0248(),
	},
	t0248: {
		t0247: r.one.t0247({
			from: r.t0248.parentId,
			to: r.t0247.id
		}),
		t0249s: r.many.t0249(),
	},
	t0249: {
		t0248: r.one.t0248({
			from: r.t0249.parentId,
			to: r.t0248.id
		}),
		t0250s: r.many.t0250(),
	},
	t0250: {
		t0249: r.one.t0249({
			from: r.t0250.parentId,
			to: r.t0249.id
		}),
		t0251s: r.many.t0251(),
	},
	t0251: {
		t0250: r.one.t0250({
			from: r.t0251.parentId,
			to: r.t0250.id
		}),
		t0252s: r.many.t0252(),
	},
	t0252: {
		t0251: r.one.t0251({
			from: r.t0252.parentId,
			to: r.t0251.id
		}),
		t0253s: r.many.t0253(),
	},
	t0253: {
		t0252: r.one.t0252({
			from: r.t0253.parentId,
			to: r.t0252.id
		}),
		t0254s: r.many.t0254(),
	},
	t0254: {
		t0253: r.one.t0253({
			from: r.t0254.parentId,
			to: r.t0253.id
		}),
		t0255s: r.many.t0255(),
	},
	t0255: {
		t0254: r.one.t0254({
			from: r.t0255.parentId,
			to: r.t0254.id
		}),
		t0256s: r.many.t0256(),
	},
	t0256: {
		t0255: r.one.t0255({
			from: r.t0256.parentId,
			to: r.t0255.id
		}),
		t0257s: r.many.t0257(),
	},
	t0257: {
		t0256: r.one.t0256({
			from: r.t0257.parentId,
			to: r.t0256.id
		}),
		t0258s: r.many.t0258(),
	},
	t0258: {
		t0257: r.one.t0257({
			from: r.t0258.parentId,
			to: r.t0257.id
		}),
		t0259s: r.many.t0259(),
	},
	t0259: {
		t0258: r.one.t0258({
			from: r.t0259.parentId,
			to: r.t0258.id
		}),
		t0260s: r.many.t0260(),
	},
	t0260: {
		t0259: r.one.t0259({
			from: r.t0260.parentId,
			to: r.t0259.id
		}),
		t0261s: r.many.t0261(),
	},
	t0261: {
		t0260: r.one.t0260({
			from: r.t0261.parentId,
			to: r.t0260.id
		}),
		t0262s: r.many.t0262(),
	},
	t0262: {
		t0261: r.one.t0261({
			from: r.t0262.parentId,
			to: r.t0261.id
		}),
		t0263s: r.many.t0263(),
	},
	t0263: {
		t0262: r.one.t0262({
			from: r.t0263.parentId,
			to: r.t0262.id
		}),
		t0264s: r.many.t0264(),
	},
	t0264: {
		t0263: r.one.t0263({
			from: r.t0264.parentId,
			to: r.t0263.id
		}),
		t0265s: r.many.t0265(),
	},
	t0265: {
		t0264: r.one.t0264({
			from: r.t0265.parentId,
			to: r.t0264.id
		}),
		t0266s: r.many.t0266(),
	},
	t0266: {
		t0265: r.one.t0265({
			from: r.t0266.parentId,
			to: r.t0265.id
		}),
		t0267s: r.many.t0267(),
	},
	t0267: {
		t0266: r.one.t0266({
			from: r.t0267.parentId,
			to: r.t0266.id
		}),
		t0268s: r.many.t0268(),
	},
	t0268: {
		t0267: r.one.t0267({
			from: r.t0268.parentId,
			to: r.t0267.id
		}),
		t0269s: r.many.t0269(),
	},
	t0269: {
		t0268: r.one.t0268({
			from: r.t0269.parentId,
			to: r.t0268.id
		}),
		t0270s: r.many.t0270(),
	},
	t0270: {
		t0269: r.one.t0269({
			from: r.t0270.parentId,
			to: r.t0269.id
		}),
		t0271s: r.many.t0271(),
	},
	t0271: {
		t0270: r.one.t0270({
			from: r.t0271.parentId,
			to: r.t0270.id
		}),
		t0272s: r.many.t0272(),
	},
	t0272: {
		t0271: r.one.t0271({
			from: r.t0272.parentId,
			to: r.t0271.id
		}),
		t0273s: r.many.t0273(),
	},
	t0273: {
		t0272: r.one.t0272({
			from: r.t0273.parentId,
			to: r.t0272.id
		}),
		t0274s: r.many.t0274(),
	},
	t0274: {
		t0273: r.one.t0273({
			from: r.t0274.parentId,
			to: r.t0273.id
		}),
		t0275s: r.many.t0275(),
	},
	t0275: {
		t0274: r.one.t0274({
			from: r.t0275.parentId,
			to: r.t0274.id
		}),
		t0276s: r.many.t0276(),
	},
	t0276: {
		t0275: r.one.t0275({
			from: r.t0276.parentId,
			to: r.t0275.id
		}),
		t0277s: r.many.t0277(),
	},
	t0277: {
		t0276: r.one.t0276({
			from: r.t0277.parentId,
			to: r.t0276.id
		}),
		t0278s: r.many.t0278(),
	},
	t0278: {
		t0277: r.one.t0277({
			from: r.t0278.parentId,
			to: r.t0277.id
		}),
		t0279s: r.many.t0279(),
	},
	t0279: {
		t0278: r.one.t0278({
			from: r.t0279.parentId,
			to: r.t0278.id
		}),
		t0280s: r.many.t0280(),
	},
	t0280: {
		t0279: r.one.t0279({
			from: r.t0280.parentId,
			to: r.t0279.id
		}),
		t0281s: r.many.t0281(),
	},
	t0281: {
		t0280: r.one.t0280({
			from: r.t0281.parentId,
			to: r.t0280.id
		}),
		t0282s: r.many.t0282(),
	},
	t0282: {
		t0281: r.one.t0281({
			from: r.t0282.parentId,
			to: r.t0281.id
		}),
		t0283s: r.many.t0283(),
	},
	t0283: {
		t0282: r.one.t0282({
			from: r.t0283.parentId,
			to: r.t0282.id
		}),
		t0284s: r.many.t0284(),
	},
	t0284: {
		t0283: r.one.t0283({
			from: r.t0284.parentId,
			to: r.t0283.id
		}),
		t0285s: r.many.t0285(),
	},
	t0285: {
		t0284: r.one.t0284({
			from: r.t0285.parentId,
			to: r.t0284.id
		}),
		t0286s: r.many.t0286(),
	},
	t0286: {
		t0285: r.one.t0285({
			from: r.t0286.parentId,
			to: r.t0285.id
		}),
		t0287s: r.many.t0287(),
	},
	t0287: {
		t0286: r.one.t0286({
			from: r.t0287.parentId,
			to: r.t0286.id
		}),
		t0288s: r.many.t0288(),
	},
	t0288: {
		t0287: r.one.t0287({
			from: r.t0288.parentId,
			to: r.t0287.id
		}),
		t0289s: r.many.t0289(),
	},
	t0289: {
		t0288: r.one.t0288({
			from: r.t0289.parentId,
			to: r.t0288.id
		}),
		t0290s: r.many.t0290(),
	},
	t0290: {
		t0289: r.one.t0289({
			from: r.t0290.parentId,
			to: r.t0289.id
		}),
		t0291s: r.many.t0291(),
	},
	t0291: {
		t0290: r.one.t0290({
			from: r.t0291.parentId,
			to: r.t0290.id
		}),
		t0292s: r.many.t0292(),
	},
	t0292: {
		t0291: r.one.t0291({
			from: r.t0292.parentId,
			to: r.t0291.id
		}),
		t0293s: r.many.t0293(),
	},
	t0293: {
		t0292: r.one.t0292({
			from: r.t0293.parentId,
			to: r.t0292.id
		}),
		t0294s: r.many.t0294(),
	},
	t0294: {
		t0293: r.one.t0293({
			from: r.t0294.parentId,
			to: r.t0293.id
		}),
		t0295s: r.many.t0295(),
	},
	t0295: {
		t0294: r.one.t0294({
			from: r.t0295.parentId,
			to: r.t0294.id
		}),
		t0296s: r.many.t0296(),
	},
	t0296: {
		t0295: r.one.t0295({
			from: r.t0296.parentId,
			to: r.t0295.id
		}),
		t0297s: r.many.t0297(),
	},
	t0297: {
		t0296: r.one.t0296({
			from: r.t0297.parentId,
			to: r.t0296.id
		}),
		t0298s: r.many.t0298(),
	},
	t0298: {
		t0297: r.one.t0297({
			from: r.t0298.parentId,
			to: r.t0297.id
		}),
		t0299s: r.many.t0299(),
	},
	t0299: {
		t0298: r.one.t0298({
			from: r.t0299.parentId,
			to: r.t0298.id
		}),
		t0300s: r.many.t0300(),
	},
	t0300: {
		t0299: r.one.t0299({
			from: r.t0300.parentId,
			to: r.t0299.id
		}),
		t0301s: r.many.t0301(),
	},
	t0301: {
		t0300: r.one.t0300({
			from: r.t0301.parentId,
			to: r.t0300.id
		}),
		t0302s: r.many.t0302(),
	},
	t0302: {
		t0301: r.one.t0301({
			from: r.t0302.parentId,
			to: r.t0301.id
		}),
		t0303s: r.many.t0303(),
	},
	t0303: {
		t0302: r.one.t0302({
			from: r.t0303.parentId,
			to: r.t0302.id
		}),
		t0304s: r.many.t0304(),
	},
	t0304: {
		t0303: r.one.t0303({
			from: r.t0304.parentId,
			to: r.t0303.id
		}),
		t0305s: r.many.t0305(),
	},
	t0305: {
		t0304: r.one.t0304({
			from: r.t0305.parentId,
			to: r.t0304.id
		}),
		t0306s: r.many.t0306(),
	},
	t0306: {
		t0305: r.one.t0305({
			from: r.t0306.parentId,
			to: r.t0305.id
		}),
		t0307s: r.many.t0307(),
	},
	t0307: {
		t0306: r.one.t0306({
			from: r.t0307.parentId,
			to: r.t0306.id
		}),
		t0308s: r.many.t0308(),
	},
	t0308: {
		t0307: r.one.t0307({
			from: r.t0308.parentId,
			to: r.t0307.id
		}),
		t0309s: r.many.t0309(),
	},
	t0309: {
		t0308: r.one.t0308({
			from: r.t0309.parentId,
			to: r.t0308.id
		}),
		t0310s: r.many.t0310(),
	},
	t0310: {
		t0309: r.one.t0309({
			from: r.t0310.parentId,
			to: r.t0309.id
		}),
		t0311s: r.many.t0311(),
	},
	t0311: {
		t0310: r.one.t0310({
			from: r.t0311.parentId,
			to: r.t0310.id
		}),
		t0312s: r.many.t0312(),
	},
	t0312: {
		t0311: r.one.t0311({
			from: r.t0312.parentId,
			to: r.t0311.id
		}),
		t0313s: r.many.t0313(),
	},
	t0313: {
		t0312: r.one.t0312({
			from: r.t0313.parentId,
			to: r.t0312.id
		}),
		t0314s: r.many.t0314(),
	},
	t0314: {
		t0313: r.one.t0313({
			from: r.t0314.parentId,
			to: r.t0313.id
		}),
		t0315s: r.many.t0315(),
	},
	t0315: {
		t0314: r.one.t0314({
			from: r.t0315.parentId,
			to: r.t0314.id
		}),
		t0316s: r.many.t0316(),
	},
	t0316: {
		t0315: r.one.t0315({
			from: r.t0316.parentId,
			to: r.t0315.id
		}),
		t0317s: r.many.t0317(),
	},
	t0317: {
		t0316: r.one.t0316({
			from: r.t0317.parentId,
			to: r.t0316.id
		}),
		t0318s: r.many.t0318(),
	},
	t0318: {
		t0317: r.one.t0317({
			from: r.t0318.parentId,
			to: r.t0317.id
		}),
		t0319s: r.many.t0319(),
	},
	t0319: {
		t0318: r.one.t0318({
			from: r.t0319.parentId,
			to: r.t0318.id
		}),
		t0320s: r.many.t0320(),
	},
	t0320: {
		t0319: r.one.t0319({
			from: r.t0320.parentId,
			to: r.t0319.id
		}),
		t0321s: r.many.t0321(),
	},
	t0321: {
		t0320: r.one.t0320({
			from: r.t0321.parentId,
			to: r.t0320.id
		}),
		t0322s: r.many.t0322(),
	},
	t0322: {
		t0321: r.one.t0321({
			from: r.t0322.parentId,
			to: r.t0321.id
		}),
		t0323s: r.many.t0323(),
	},
	t0323: {
		t0322: r.one.t0322({
			from: r.t0323.parentId,
			to: r.t0322.id
		}),
		t0324s: r.many.t0324(),
	},
	t0324: {
		t0323: r.one.t0323({
			from: r.t0324.parentId,
			to: r.t0323.id
		}),
		t0325s: r.many.t0325(),
	},
	t0325: {
		t0324: r.one.t0324({
			from: r.t0325.parentId,
			to: r.t0324.id
		}),
		t0326s: r.many.t0326(),
	},
	t0326: {
		t0325: r.one.t0325({
			from: r.t0326.parentId,
			to: r.t0325.id
		}),
		t0327s: r.many.t0327(),
	},
	t0327: {
		t0326: r.one.t0326({
			from: r.t0327.parentId,
			to: r.t0326.id
		}),
		t0328s: r.many.t0328(),
	},
	t0328: {
		t0327: r.one.t0327({
			from: r.t0328.parentId,
			to: r.t0327.id
		}),
		t0329s: r.many.t0329(),
	},
	t0329: {
		t0328: r.one.t0328({
			from: r.t0329.parentId,
			to: r.t0328.id
		}),
		t0330s: r.many.t0330(),
	},
	t0330: {
		t0329: r.one.t0329({
			from: r.t0330.parentId,
			to: r.t0329.id
		}),
		t0331s: r.many.t0331(),
	},
	t0331: {
		t0330: r.one.t0330({
			from: r.t0331.parentId,
			to: r.t0330.id
		}),
		t0332s: r.many.t0332(),
	},
	t0332: {
		t0331: r.one.t0331({
			from: r.t0332.parentId,
			to: r.t0331.id
		}),
		t0333s: r.many.t0333(),
	},
	t0333: {
		t0332: r.one.t0332({
			from: r.t0333.parentId,
			to: r.t0332.id
		}),
		t0334s: r.many.t0334(),
	},
	t0334: {
		t0333: r.one.t0333({
			from: r.t0334.parentId,
			to: r.t0333.id
		}),
		t0335s: r.many.t0335(),
	},
	t0335: {
		t0334: r.one.t0334({
			from: r.t0335.parentId,
			to: r.t0334.id
		}),
		t0336s: r.many.t0336(),
	},
	t0336: {
		t0335: r.one.t0335({
			from: r.t0336.parentId,
			to: r.t0335.id
		}),
		t0337s: r.many.t0337(),
	},
	t0337: {
		t0336: r.one.t0336({
			from: r.t0337.parentId,
			to: r.t0336.id
		}),
		t0338s: r.many.t0338(),
	},
	t0338: {
		t0337: r.one.t0337({
			from: r.t0338.parentId,
			to: r.t0337.id
		}),
		t0339s: r.many.t0339(),
	},
	t0339: {
		t0338: r.one.t0338({
			from: r.t0339.parentId,
			to: r.t0338.id
		}),
		t0340s: r.many.t0340(),
	},
	t0340: {
		t0339: r.one.t0339({
			from: r.t0340.parentId,
			to: r.t0339.id
		}),
		t0341s: r.many.t0341(),
	},
	t0341: {
		t0340: r.one.t0340({
			from: r.t0341.parentId,
			to: r.t0340.id
		}),
		t0342s: r.many.t0342(),
	},
	t0342: {
		t0341: r.one.t0341({
			from: r.t0342.parentId,
			to: r.t0341.id
		}),
		t0343s: r.many.t0343(),
	},
	t0343: {
		t0342: r.one.t0342({
			from: r.t0343.parentId,
			to: r.t0342.id
		}),
		t0344s: r.many.t0344(),
	},
	t0344: {
		t0343: r.one.t0343({
			from: r.t0344.parentId,
			to: r.t0343.id
		}),
		t0345s: r.many.t0345(),
	},
	t0345: {
		t0344: r.one.t0344({
			from: r.t0345.parentId,
			to: r.t0344.id
		}),
		t0346s: r.many.t0346(),
	},
	t0346: {
		t0345: r.one.t0345({
			from: r.t0346.parentId,
			to: r.t0345.id
		}),
		t0347s: r.many.t0347(),
	},
	t0347: {
		t0346: r.one.t0346({
			from: r.t0347.parentId,
			to: r.t0346.id
		}),
		t0348s: r.many.t0348(),
	},
	t0348: {
		t0347: r.one.t0347({
			from: r.t0348.parentId,
			to: r.t0347.id
		}),
		t0349s: r.many.t0349(),
	},
	t0349: {
		t0348: r.one.t0348({
			from: r.t0349.parentId,
			to: r.t0348.id
		}),
		t0350s: r.many.t0350(),
	},
	t0350: {
		t0349: r.one.t0349({
			from: r.t0350.parentId,
			to: r.t0349.id
		}),
		t0351s: r.many.t0351(),
	},
	t0351: {
		t0350: r.one.t0350({
			from: r.t0351.parentId,
			to: r.t0350.id
		}),
		t0352s: r.many.t0352(),
	},
	t0352: {
		t0351: r.one.t0351({
			from: r.t0352.parentId,
			to: r.t0351.id
		}),
		t0353s: r.many.t0353(),
	},
	t0353: {
		t0352: r.one.t0352({
			from: r.t0353.parentId,
			to: r.t0352.id
		}),
		t0354s: r.many.t0354(),
	},
	t0354: {
		t0353: r.one.t0353({
			from: r.t0354.parentId,
			to: r.t0353.id
		}),
		t0355s: r.many.t0355(),
	},
	t0355: {
		t0354: r.one.t0354({
			from: r.t0355.parentId,
			to: r.t0354.id
		}),
		t0356s: r.many.t0356(),
	},
	t0356: {
		t0355: r.one.t0355({
			from: r.t0356.parentId,
			to: r.t0355.id
		}),
		t0357s: r.many.t0357(),
	},
	t0357: {
		t0356: r.one.t0356({
			from: r.t0357.parentId,
			to: r.t0356.id
		}),
		t0358s: r.many.t0358(),
	},
	t0358: {
		t0357: r.one.t0357({
			from: r.t0358.parentId,
			to: r.t0357.id
		}),
		t0359s: r.many.t0359(),
	},
	t0359: {
		t0358: r.one.t0358({
			from: r.t0359.parentId,
			to: r.t0358.id
		}),
		t0360s: r.many.t0360(),
	},
	t0360: {
		t0359: r.one.t0359({
			from: r.t0360.parentId,
			to: r.t0359.id
		}),
		t0361s: r.many.t0361(),
	},
	t0361: {
		t0360: r.one.t0360({
			from: r.t0361.parentId,
			to: r.t0360.id
		}),
		t0362s: r.many.t0362(),
	},
	t0362: {
		t0361: r.one.t0361({
			from: r.t0362.parentId,
			to: r.t0361.id
		}),
		t0363s: r.many.t0363(),
	},
	t0363: {
		t0362: r.one.t0362({
			from: r.t0363.parentId,
			to: r.t0362.id
		}),
		t0364s: r.many.t0364(),
	},
	t0364: {
		t0363: r.one.t0363({
			from: r.t0364.parentId,
			to: r.t0363.id
		}),
		t0365s: r.many.t0365(),
	},
	t0365: {
		t0364: r.one.t0364({
			from: r.t0365.parentId,
			to: r.t0364.id
		}),
		t0366s: r.many.t0366(),
	},
	t0366: {
		t0365: r.one.t0365({
			from: r.t0366.parentId,
			to: r.t0365.id
		}),
		t0367s: r.many.t0367(),
	},
	t0367: {
		t0366: r.one.t0366({
			from: r.t0367.parentId,
			to: r.t0366.id
		}),
		t0368s: r.many.t0368(),
	},
	t0368: {
		t0367: r.one.t0367({
			from: r.t0368.parentId,
			to: r.t0367.id
		}),
		t0369s: r.many.t0369(),
	},
	t0369: {
		t0368: r.one.t0368({
			from: r.t0369.parentId,
			to: r.t0368.id
		}),
		t0370s: r.many.t0370(),
	},
	t0370: {
		t0369: r.one.t0369({
			from: r.t0370.parentId,
			to: r.t0369.id
		}),
		t0371s: r.many.t0371(),
	},
	t0371: {
		t0370: r.one.t0370({
			from: r.t0371.parentId,
			to: r.t0370.id
		}),
		t0372s: r.many.t0372(),
	},
	t0372: {
		t0371: r.one.t0371({
			from: r.t0372.parentId,
			to: r.t0371.id
		}),
		t0373s: r.many.t0373(),
	},
	t0373: {
		t0372: r.one.t0372({
			from: r.t0373.parentId,
			to: r.t0372.id
		}),
		t0374s: r.many.t0374(),
	},
	t0374: {
		t0373: r.one.t0373({
			from: r.t0374.parentId,
			to: r.t0373.id
		}),
		t0375s: r.many.t0375(),
	},
	t0375: {
		t0374: r.one.t0374({
			from: r.t0375.parentId,
			to: r.t0374.id
		}),
		t0376s: r.many.t0376(),
	},
	t0376: {
		t0375: r.one.t0375({
			from: r.t0376.parentId,
			to: r.t0375.id
		}),
		t0377s: r.many.t0377(),
	},
	t0377: {
		t0376: r.one.t0376({
			from: r.t0377.parentId,
			to: r.t0376.id
		}),
		t0378s: r.many.t0378(),
	},
	t0378: {
		t0377: r.one.t0377({
			from: r.t0378.parentId,
			to: r.t0377.id
		}),
		t0379s: r.many.t0379(),
	},
	t0379: {
		t0378: r.one.t0378({
			from: r.t0379.parentId,
			to: r.t0378.id
		}),
		t0380s: r.many.t0380(),
	},
	t0380: {
		t0379: r.one.t0379({
			from: r.t0380.parentId,
			to: r.t0379.id
		}),
		t0381s: r.many.t0381(),
	},
	t0381: {
		t0380: r.one.t0380({
			from: r.t0381.parentId,
			to: r.t0380.id
		}),
		t0382s: r.many.t0382(),
	},
	t0382: {
		t0381: r.one.t0381({
			from: r.t0382.parentId,
			to: r.t0381.id
		}),
		t0383s: r.many.t0383(),
	},
	t0383: {
		t0382: r.one.t0382({
			from: r.t0383.parentId,
			to: r.t0382.id
		}),
		t0384s: r.many.t0384(),
	},
	t0384: {
		t0383: r.one.t0383({
			from: r.t0384.parentId,
			to: r.t0383.id
		}),
		t0385s: r.many.t0385(),
	},
	t0385: {
		t0384: r.one.t0384({
			from: r.t0385.parentId,
			to: r.t0384.id
		}),
		t0386s: r.many.t0386(),
	},
	t0386: {
		t0385: r.one.t0385({
			from: r.t0386.parentId,
			to: r.t0385.id
		}),
		t0387s: r.many.t0387(),
	},
	t0387: {
		t0386: r.one.t0386({
			from: r.t0387.parentId,
			to: r.t0386.id
		}),
		t0388s: r.many.t0388(),
	},
	t0388: {
		t0387: r.one.t0387({
			from: r.t0388.parentId,
			to: r.t0387.id
		}),
		t0389s: r.many.t0389(),
	},
	t0389: {
		t0388: r.one.t0388({
			from: r.t0389.parentId,
			to: r.t0388.id
		}),
		t0390s: r.many.t0390(),
	},
	t0390: {
		t0389: r.one.t0389({
			from: r.t0390.parentId,
			to: r.t0389.id
		}),
		t0391s: r.many.t0391(),
	},
	t0391: {
		t0390: r.one.t0390({
			from: r.t0391.parentId,
			to: r.t0390.id
		}),
		t0392s: r.many.t0392(),
	},
	t0392: {
		t0391: r.one.t0391({
			from: r.t0392.parentId,
			to: r.t0391.id
		}),
		t0393s: r.many.t0393(),
	},
	t0393: {
		t0392: r.one.t0392({
			from: r.t0393.parentId,
			to: r.t0392.id
		}),
		t0394s: r.many.t0394(),
	},
	t0394: {
		t0393: r.one.t0393({
			from: r.t0394.parentId,
			to: r.t0393.id
		}),
		t0395s: r.many.t0395(),
	},
	t0395: {
		t0394: r.one.t0394({
			from: r.t0395.parentId,
			to: r.t0394.id
		}),
		t0396s: r.many.t0396(),
	},
	t0396: {
		t0395: r.one.t0395({
			from: r.t0396.parentId,
			to: r.t0395.id
		}),
		t0397s: r.many.t0397(),
	},
	t0397: {
		t0396: r.one.t0396({
			from: r.t0397.parentId,
			to: r.t0396.id
		}),
		t0398s: r.many.t0398(),
	},
	t0398: {
		t0397: r.one.t0397({
			from: r.t0398.parentId,
			to: r.t0397.id
		}),
		t0399s: r.many.t0399(),
	},
	t0399: {
		t0398: r.one.t0398({
			from: r.t0399.parentId,
			to: r.t0398.id
		}),
		t0400s: r.many.t0400(),
	},
	t0400: {
		t0399: r.one.t0399({
			from: r.t0400.parentId,
			to: r.t0399.id
		}),
		t0401s: r.many.t0401(),
	},
	t0401: {
		t0400: r.one.t0400({
			from: r.t0401.parentId,
			to: r.t0400.id
		}),
		t0402s: r.many.t0402(),
	},
	t0402: {
		t0401: r.one.t0401({
			from: r.t0402.parentId,
			to: r.t0401.id
		}),
		t0403s: r.many.t0403(),
	},
	t0403: {
		t0402: r.one.t0402({
			from: r.t0403.parentId,
			to: r.t0402.id
		}),
		t0404s: r.many.t0404(),
	},
	t0404: {
		t0403: r.one.t0403({
			from: r.t0404.parentId,
			to: r.t0403.id
		}),
		t0405s: r.many.t0405(),
	},
	t0405: {
		t0404: r.one.t0404({
			from: r.t0405.parentId,
			to: r.t0404.id
		}),
		t0406s: r.many.t0406(),
	},
	t0406: {
		t0405: r.one.t0405({
			from: r.t0406.parentId,
			to: r.t0405.id
		}),
		t0407s: r.many.t0407(),
	},
	t0407: {
		t0406: r.one.t0406({
			from: r.t0407.parentId,
			to: r.t0406.id
		}),
		t0408s: r.many.t0408(),
	},
	t0408: {
		t0407: r.one.t0407({
			from: r.t0408.parentId,
			to: r.t0407.id
		}),
		t0409s: r.many.t0409(),
	},
	t0409: {
		t0408: r.one.t0408({
			from: r.t0409.parentId,
			to: r.t0408.id
		}),
		t0410s: r.many.t0410(),
	},
	t0410: {
		t0409: r.one.t0409({
			from: r.t0410.parentId,
			to: r.t0409.id
		}),
		t0411s: r.many.t0411(),
	},
	t0411: {
		t0410: r.one.t0410({
			from: r.t0411.parentId,
			to: r.t0410.id
		}),
		t0412s: r.many.t0412(),
	},
	t0412: {
		t0411: r.one.t0411({
			from: r.t0412.parentId,
			to: r.t0411.id
		}),
		t0413s: r.many.t0413(),
	},
	t0413: {
		t0412: r.one.t0412({
			from: r.t0413.parentId,
			to: r.t0412.id
		}),
		t0414s: r.many.t0414(),
	},
	t0414: {
		t0413: r.one.t0413({
			from: r.t0414.parentId,
			to: r.t0413.id
		}),
		t0415s: r.many.t0415(),
	},
	t0415: {
		t0414: r.one.t0414({
			from: r.t0415.parentId,
			to: r.t0414.id
		}),
		t0416s: r.many.t0416(),
	},
	t0416: {
		t0415: r.one.t0415({
			from: r.t0416.parentId,
			to: r.t0415.id
		}),
		t0417s: r.many.t0417(),
	},
	t0417: {
		t0416: r.one.t0416({
			from: r.t0417.parentId,
			to: r.t0416.id
		}),
		t0418s: r.many.t0418(),
	},
	t0418: {
		t0417: r.one.t0417({
			from: r.t0418.parentId,
			to: r.t0417.id
		}),
		t0419s: r.many.t0419(),
	},
	t0419: {
		t0418: r.one.t0418({
			from: r.t0419.parentId,
			to: r.t0418.id
		}),
		t0420s: r.many.t0420(),
	},
	t0420: {
		t0419: r.one.t0419({
			from: r.t0420.parentId,
			to: r.t0419.id
		}),
		t0421s: r.many.t0421(),
	},
	t0421: {
		t0420: r.one.t0420({
			from: r.t0421.parentId,
			to: r.t0420.id
		}),
		t0422s: r.many.t0422(),
	},
	t0422: {
		t0421: r.one.t0421({
			from: r.t0422.parentId,
			to: r.t0421.id
		}),
		t0423s: r.many.t0423(),
	},
	t0423: {
		t0422: r.one.t0422({
			from: r.t0423.parentId,
			to: r.t0422.id
		}),
		t0424s: r.many.t0424(),
	},
	t0424: {
		t0423: r.one.t0423({
			from: r.t0424.parentId,
			to: r.t0423.id
		}),
		t0425s: r.many.t0425(),
	},
	t0425: {
		t0424: r.one.t0424({
			from: r.t0425.parentId,
			to: r.t0424.id
		}),
		t0426s: r.many.t0426(),
	},
	t0426: {
		t0425: r.one.t0425({
			from: r.t0426.parentId,
			to: r.t0425.id
		}),
		t0427s: r.many.t0427(),
	},
	t0427: {
		t0426: r.one.t0426({
			from: r.t0427.parentId,
			to: r.t0426.id
		}),
		t0428s: r.many.t0428(),
	},
	t0428: {
		t0427: r.one.t0427({
			from: r.t0428.parentId,
			to: r.t0427.id
		}),
		t0429s: r.many.t0429(),
	},
	t0429: {
		t0428: r.one.t0428({
			from: r.t0429.parentId,
			to: r.t0428.id
		}),
		t0430s: r.many.t0430(),
	},
	t0430: {
		t0429: r.one.t0429({
			from: r.t0430.parentId,
			to: r.t0429.id
		}),
		t0431s: r.many.t0431(),
	},
	t0431: {
		t0430: r.one.t0430({
			from: r.t0431.parentId,
			to: r.t0430.id
		}),
		t0432s: r.many.t0432(),
	},
	t0432: {
		t0431: r.one.t0431({
			from: r.t0432.parentId,
			to: r.t0431.id
		}),
		t0433s: r.many.t0433(),
	},
	t0433: {
		t0432: r.one.t0432({
			from: r.t0433.parentId,
			to: r.t0432.id
		}),
		t0434s: r.many.t0434(),
	},
	t0434: {
		t0433: r.one.t0433({
			from: r.t0434.parentId,
			to: r.t0433.id
		}),
		t0435s: r.many.t0435(),
	},
	t0435: {
		t0434: r.one.t0434({
			from: r.t0435.parentId,
			to: r.t0434.id
		}),
		t0436s: r.many.t0436(),
	},
	t0436: {
		t0435: r.one.t0435({
			from: r.t0436.parentId,
			to: r.t0435.id
		}),
		t0437s: r.many.t0437(),
	},
	t0437: {
		t0436: r.one.t0436({
			from: r.t0437.parentId,
			to: r.t0436.id
		}),
		t0438s: r.many.t0438(),
	},
	t0438: {
		t0437: r.one.t0437({
			from: r.t0438.parentId,
			to: r.t0437.id
		}),
		t0439s: r.many.t0439(),
	},
	t0439: {
		t0438: r.one.t0438({
			from: r.t0439.parentId,
			to: r.t0438.id
		}),
		t0440s: r.many.t0440(),
	},
	t0440: {
		t0439: r.one.t0439({
			from: r.t0440.parentId,
			to: r.t0439.id
		}),
		t0441s: r.many.t0441(),
	},
	t0441: {
		t0440: r.one.t0440({
			from: r.t0441.parentId,
			to: r.t0440.id
		}),
		t0442s: r.many.t0442(),
	},
	t0442: {
		t0441: r.one.t0441({
			from: r.t0442.parentId,
			to: r.t0441.id
		}),
		t0443s: r.many.t0443(),
	},
	t0443: {
		t0442: r.one.t0442({
			from: r.t0443.parentId,
			to: r.t0442.id
		}),
		t0444s: r.many.t0444(),
	},
	t0444: {
		t0443: r.one.t0443({
			from: r.t0444.parentId,
			to: r.t0443.id
		}),
		t0445s: r.many.t0445(),
	},
	t0445: {
		t0444: r.one.t0444({
			from: r.t0445.parentId,
			to: r.t0444.id
		}),
		t0446s: r.many.t0446(),
	},
	t0446: {
		t0445: r.one.t0445({
			from: r.t0446.parentId,
			to: r.t0445.id
		}),
		t0447s: r.many.t0447(),
	},
	t0447: {
		t0446: r.one.t0446({
			from: r.t0447.parentId,
			to: r.t0446.id
		}),
		t0448s: r.many.t0448(),
	},
	t0448: {
		t0447: r.one.t0447({
			from: r.t0448.parentId,
			to: r.t0447.id
		}),
		t0449s: r.many.t0449(),
	},
	t0449: {
		t0448: r.one.t0448({
			from: r.t0449.parentId,
			to: r.t0448.id
		}),
		t0450s: r.many.t0450(),
	},
	t0450: {
		t0449: r.one.t0449({
			from: r.t0450.parentId,
			to: r.t0449.id
		}),
		t0451s: r.many.t0451(),
	},
	t0451: {
		t0450: r.one.t0450({
			from: r.t0451.parentId,
			to: r.t0450.id
		}),
		t0452s: r.many.t0452(),
	},
	t0452: {
		t0451: r.one.t0451({
			from: r.t0452.parentId,
			to: r.t0451.id
		}),
		t0453s: r.many.t0453(),
	},
	t0453: {
		t0452: r.one.t0452({
			from: r.t0453.parentId,
			to: r.t0452.id
		}),
		t0454s: r.many.t0454(),
	},
	t0454: {
		t0453: r.one.t0453({
			from: r.t0454.parentId,
			to: r.t0453.id
		}),
		t0455s: r.many.t0455(),
	},
	t0455: {
		t0454: r.one.t0454({
			from: r.t0455.parentId,
			to: r.t0454.id
		}),
		t0456s: r.many.t0456(),
	},
	t0456: {
		t0455: r.one.t0455({
			from: r.t0456.parentId,
			to: r.t0455.id
		}),
		t0457s: r.many.t0457(),
	},
	t0457: {
		t0456: r.one.t0456({
			from: r.t0457.parentId,
			to: r.t0456.id
		}),
		t0458s: r.many.t0458(),
	},
	t0458: {
		t0457: r.one.t0457({
			from: r.t0458.parentId,
			to: r.t0457.id
		}),
		t0459s: r.many.t0459(),
	},
	t0459: {
		t0458: r.one.t0458({
			from: r.t0459.parentId,
			to: r.t0458.id
		}),
		t0460s: r.many.t0460(),
	},
	t0460: {
		t0459: r.one.t0459({
			from: r.t0460.parentId,
			to: r.t0459.id
		}),
		t0461s: r.many.t0461(),
	},
	t0461: {
		t0460: r.one.t0460({
			from: r.t0461.parentId,
			to: r.t0460.id
		}),
		t0462s: r.many.t0462(),
	},
	t0462: {
		t0461: r.one.t0461({
			from: r.t0462.parentId,
			to: r.t0461.id
		}),
		t0463s: r.many.t0463(),
	},
	t0463: {
		t0462: r.one.t0462({
			from: r.t0463.parentId,
			to: r.t0462.id
		}),
		t0464s: r.many.t0464(),
	},
	t0464: {
		t0463: r.one.t0463({
			from: r.t0464.parentId,
			to: r.t0463.id
		}),
		t0465s: r.many.t0465(),
	},
	t0465: {
		t0464: r.one.t0464({
			from: r.t0465.parentId,
			to: r.t0464.id
		}),
		t0466s: r.many.t0466(),
	},
	t0466: {
		t0465: r.one.t0465({
			from: r.t0466.parentId,
			to: r.t0465.id
		}),
		t0467s: r.many.t0467(),
	},
	t0467: {
		t0466: r.one.t0466({
			from: r.t0467.parentId,
			to: r.t0466.id
		}),
		t0468s: r.many.t0468(),
	},
	t0468: {
		t0467: r.one.t0467({
			from: r.t0468.parentId,
			to: r.t0467.id
		}),
		t0469s: r.many.t0469(),
	},
	t0469: {
		t0468: r.one.t0468({
			from: r.t0469.parentId,
			to: r.t0468.id
		}),
		t0470s: r.many.t0470(),
	},
	t0470: {
		t0469: r.one.t0469({
			from: r.t0470.parentId,
			to: r.t0469.id
		}),
		t0471s: r.many.t0471(),
	},
	t0471: {
		t0470: r.one.t0470({
			from: r.t0471.parentId,
			to: r.t0470.id
		}),
		t0472s: r.many.t0472(),
	},
	t0472: {
		t0471: r.one.t0471({
			from: r.t0472.parentId,
			to: r.t0471.id
		}),
		t0473s: r.many.t0473(),
	},
	t0473: {
		t0472: r.one.t0472({
			from: r.t0473.parentId,
			to: r.t0472.id
		}),
		t0474s: r.many.t0474(),
	},
	t0474: {
		t0473: r.one.t0473({
			from: r.t0474.parentId,
			to: r.t0473.id
		}),
		t0475s: r.many.t0475(),
	},
	t0475: {
		t0474: r.one.t0474({
			from: r.t0475.parentId,
			to: r.t0474.id
		}),
		t0476s: r.many.t0476(),
	},
	t0476: {
		t0475: r.one.t0475({
			from: r.t0476.parentId,
			to: r.t0475.id
		}),
		t0477s: r.many.t0477(),
	},
	t0477: {
		t0476: r.one.t0476({
			from: r.t0477.parentId,
			to: r.t0476.id
		}),
		t0478s: r.many.t0478(),
	},
	t0478: {
		t0477: r.one.t0477({
			from: r.t0478.parentId,
			to: r.t0477.id
		}),
		t0479s: r.many.t0479(),
	},
	t0479: {
		t0478: r.one.t0478({
			from: r.t0479.parentId,
			to: r.t0478.id
		}),
		t0480s: r.many.t0480(),
	},
	t0480: {
		t0479: r.one.t0479({
			from: r.t0480.parentId,
			to: r.t0479.id
		}),
		t0481s: r.many.t0481(),
	},
	t0481: {
		t0480: r.one.t0480({
			from: r.t0481.parentId,
			to: r.t0480.id
		}),
		t0482s: r.many.t0482(),
	},
	t0482: {
		t0481: r.one.t0481({
			from: r.t0482.parentId,
			to: r.t0481.id
		}),
		t0483s: r.many.t0483(),
	},
	t0483: {
		t0482: r.one.t0482({
			from: r.t0483.parentId,
			to: r.t0482.id
		}),
		t0484s: r.many.t0484(),
	},
	t0484: {
		t0483: r.one.t0483({
			from: r.t0484.parentId,
			to: r.t0483.id
		}),
		t0485s: r.many.t0485(),
	},
	t0485: {
		t0484: r.one.t0484({
			from: r.t0485.parentId,
			to: r.t0484.id
		}),
		t0486s: r.many.t0486(),
	},
	t0486: {
		t0485: r.one.t0485({
			from: r.t0486.parentId,
			to: r.t0485.id
		}),
		t0487s: r.many.t0487(),
	},
	t0487: {
		t0486: r.one.t0486({
			from: r.t0487.parentId,
			to: r.t0486.id
		}),
		t0488s: r.many.t0488(),
	},
	t0488: {
		t0487: r.one.t0487({
			from: r.t0488.parentId,
			to: r.t0487.id
		}),
		t0489s: r.many.t0489(),
	},
	t0489: {
		t0488: r.one.t0488({
			from: r.t0489.parentId,
			to: r.t0488.id
		}),
		t0490s: r.many.t0490(),
	},
	t0490: {
		t0489: r.one.t0489({
			from: r.t0490.parentId,
			to: r.t0489.id
		}),
		t0491s: r.many.t0491(),
	},
	t0491: {
		t0490: r.one.t0490({
			from: r.t0491.parentId,
			to: r.t0490.id
		}),
		t0492s: r.many.t0492(),
	},
	t0492: {
		t0491: r.one.t0491({
			from: r.t0492.parentId,
			to: r.t0491.id
		}),
		t0493s: r.many.t0493(),
	},
	t0493: {
		t0492: r.one.t0492({
			from: r.t0493.parentId,
			to: r.t0492.id
		}),
		t0494s: r.many.t0494(),
	},
	t0494: {
		t0493: r.one.t0493({
			from: r.t0494.parentId,
			to: r.t0493.id
		}),
		t0495s: r.many.t0495(),
	},
	t0495: {
		t0494: r.one.t0494({
			from: r.t0495.parentId,
			to: r.t0494.id
		}),
		t0496s: r.many.t0496(),
	},
	t0496: {
		t0495: r.one.t0495({
			from: r.t0496.parentId,
			to: r.t0495.id
		}),
		t0497s: r.many.t0497(),
	},
	t0497: {
		t0496: r.one.t0496({
			from: r.t0497.parentId,
			to: r.t0496.id
		}),
		t0498s: r.many.t0498(),
	},
	t0498: {
		t0497: r.one.t0497({
			from: r.t0498.parentId,
			to: r.t0497.id
		}),
		t0499s: r.many.t0499(),
	},
	t0499: {
		t0498: r.one.t0498({
			from: r.t0499.parentId,
			to: r.t0498.id
		}),
		t0500s: r.many.t0500(),
	},
	t0500: {
		t0499: r.one.t0499({
			from: r.t0500.parentId,
			to: r.t0499.id
		}),
		t0501s: r.many.t0501(),
	},
	t0501: {
		t0500: r.one.t0500({
			from: r.t0501.parentId,
			to: r.t0500.id
		}),
		t0502s: r.many.t0502(),
	},
	t0502: {
		t0501: r.one.t0501({
			from: r.t0502.parentId,
			to: r.t0501.id
		}),
		t0503s: r.many.t0503(),
	},
	t0503: {
		t0502: r.one.t0502({
			from: r.t0503.parentId,
			to: r.t0502.id
		}),
		t0504s: r.many.t0504(),
	},
	t0504: {
		t0503: r.one.t0503({
			from: r.t0504.parentId,
			to: r.t0503.id
		}),
		t0505s: r.many.t0505(),
	},
	t0505: {
		t0504: r.one.t0504({
			from: r.t0505.parentId,
			to: r.t0504.id
		}),
		t0506s: r.many.t0506(),
	},
	t0506: {
		t0505: r.one.t0505({
			from: r.t0506.parentId,
			to: r.t0505.id
		}),
		t0507s: r.many.t0507(),
	},
	t0507: {
		t0506: r.one.t0506({
			from: r.t0507.parentId,
			to: r.t0506.id
		}),
		t0508s: r.many.t0508(),
	},
	t0508: {
		t0507: r.one.t0507({
			from: r.t0508.parentId,
			to: r.t0507.id
		}),
		t0509s: r.many.t0509(),
	},
	t0509: {
		t0508: r.one.t0508({
			from: r.t0509.parentId,
			to: r.t0508.id
		}),
		t0510s: r.many.t0510(),
	},
	t0510: {
		t0509: r.one.t0509({
			from: r.t0510.parentId,
			to: r.t0509.id
		}),
		t0511s: r.many.t0511(),
	},
	t0511: {
		t0510: r.one.t0510({
			from: r.t0511.parentId,
			to: r.t0510.id
		}),
		t0512s: r.many.t0512(),
	},
	t0512: {
		t0511: r.one.t0511({
			from: r.t0512.parentId,
			to: r.t0511.id
		}),
		t0513s: r.many.t0513(),
	},
	t0513: {
		t0512: r.one.t0512({
			from: r.t0513.parentId,
			to: r.t0512.id
		}),
		t0514s: r.many.t0514(),
	},
	t0514: {
		t0513: r.one.t0513({
			from: r.t0514.parentId,
			to: r.t0513.id
		}),
		t0515s: r.many.t0515(),
	},
	t0515: {
		t0514: r.one.t0514({
			from: r.t0515.parentId,
			to: r.t0514.id
		}),
		t0516s: r.many.t0516(),
	},
	t0516: {
		t0515: r.one.t0515({
			from: r.t0516.parentId,
			to: r.t0515.id
		}),
		t0517s: r.many.t0517(),
	},
	t0517: {
		t0516: r.one.t0516({
			from: r.t0517.parentId,
			to: r.t0516.id
		}),
		t0518s: r.many.t0518(),
	},
	t0518: {
		t0517: r.one.t0517({
			from: r.t0518.parentId,
			to: r.t0517.id
		}),
		t0519s: r.many.t0519(),
	},
	t0519: {
		t0518: r.one.t0518({
			from: r.t0519.parentId,
			to: r.t0518.id
		}),
		t0520s: r.many.t0520(),
	},
	t0520: {
		t0519: r.one.t0519({
			from: r.t0520.parentId,
			to: r.t0519.id
		}),
		t0521s: r.many.t0521(),
	},
	t0521: {
		t0520: r.one.t0520({
			from: r.t0521.parentId,
			to: r.t0520.id
		}),
		t0522s: r.many.t0522(),
	},
	t0522: {
		t0521: r.one.t0521({
			from: r.t0522.parentId,
			to: r.t0521.id
		}),
		t0523s: r.many.t0523(),
	},
	t0523: {
		t0522: r.one.t0522({
			from: r.t0523.parentId,
			to: r.t0522.id
		}),
		t0524s: r.many.t0524(),
	},
	t0524: {
		t0523: r.one.t0523({
			from: r.t0524.parentId,
			to: r.t0523.id
		}),
		t0525s: r.many.t0525(),
	},
	t0525: {
		t0524: r.one.t0524({
			from: r.t0525.parentId,
			to: r.t0524.id
		}),
		t0526s: r.many.t0526(),
	},
	t0526: {
		t0525: r.one.t0525({
			from: r.t0526.parentId,
			to: r.t0525.id
		}),
		t0527s: r.many.t0527(),
	},
	t0527: {
		t0526: r.one.t0526({
			from: r.t0527.parentId,
			to: r.t0526.id
		}),
		t0528s: r.many.t0528(),
	},
	t0528: {
		t0527: r.one.t0527({
			from: r.t0528.parentId,
			to: r.t0527.id
		}),
		t0529s: r.many.t0529(),
	},
	t0529: {
		t0528: r.one.t0528({
			from: r.t0529.parentId,
			to: r.t0528.id
		}),
		t0530s: r.many.t0530(),
	},
	t0530: {
		t0529: r.one.t0529({
			from: r.t0530.parentId,
			to: r.t0529.id
		}),
		t0531s: r.many.t0531(),
	},
	t0531: {
		t0530: r.one.t0530({
			from: r.t0531.parentId,
			to: r.t0530.id
		}),
		t0532s: r.many.t0532(),
	},
	t0532: {
		t0531: r.one.t0531({
			from: r.t0532.parentId,
			to: r.t0531.id
		}),
		t0533s: r.many.t0533(),
	},
	t0533: {
		t0532: r.one.t0532({
			from: r.t0533.parentId,
			to: r.t0532.id
		}),
		t0534s: r.many.t0534(),
	},
	t0534: {
		t0533: r.one.t0533({
			from: r.t0534.parentId,
			to: r.t0533.id
		}),
		t0535s: r.many.t0535(),
	},
	t0535: {
		t0534: r.one.t0534({
			from: r.t0535.parentId,
			to: r.t0534.id
		}),
		t0536s: r.many.t0536(),
	},
	t0536: {
		t0535: r.one.t0535({
			from: r.t0536.parentId,
			to: r.t0535.id
		}),
		t0537s: r.many.t0537(),
	},
	t0537: {
		t0536: r.one.t0536({
			from: r.t0537.parentId,
			to: r.t0536.id
		}),
		t0538s: r.many.t0538(),
	},
	t0538: {
		t0537: r.one.t0537({
			from: r.t0538.parentId,
			to: r.t0537.id
		}),
		t0539s: r.many.t0539(),
	},
	t0539: {
		t0538: r.one.t0538({
			from: r.t0539.parentId,
			to: r.t0538.id
		}),
		t0540s: r.many.t0540(),
	},
	t0540: {
		t0539: r.one.t0539({
			from: r.t0540.parentId,
			to: r.t0539.id
		}),
		t0541s: r.many.t0541(),
	},
	t0541: {
		t0540: r.one.t0540({
			from: r.t0541.parentId,
			to: r.t0540.id
		}),
		t0542s: r.many.t0542(),
	},
	t0542: {
		t0541: r.one.t0541({
			from: r.t0542.parentId,
			to: r.t0541.id
		}),
		t0543s: r.many.t0543(),
	},
	t0543: {
		t0542: r.one.t0542({
			from: r.t0543.parentId,
			to: r.t0542.id
		}),
		t0544s: r.many.t0544(),
	},
	t0544: {
		t0543: r.one.t0543({
			from: r.t0544.parentId,
			to: r.t0543.id
		}),
		t0545s: r.many.t0545(),
	},
	t0545: {
		t0544: r.one.t0544({
			from: r.t0545.parentId,
			to: r.t0544.id
		}),
		t0546s: r.many.t0546(),
	},
	t0546: {
		t0545: r.one.t0545({
			from: r.t0546.parentId,
			to: r.t0545.id
		}),
		t0547s: r.many.t0547(),
	},
	t0547: {
		t0546: r.one.t0546({
			from: r.t0547.parentId,
			to: r.t0546.id
		}),
		t0548s: r.many.t0548(),
	},
	t0548: {
		t0547: r.one.t0547({
			from: r.t0548.parentId,
			to: r.t0547.id
		}),
		t0549s: r.many.t0549(),
	},
	t0549: {
		t0548: r.one.t0548({
			from: r.t0549.parentId,
			to: r.t0548.id
		}),
		t0550s: r.many.t0550(),
	},
	t0550: {
		t0549: r.one.t0549({
			from: r.t0550.parentId,
			to: r.t0549.id
		}),
		t0551s: r.many.t0551(),
	},
	t0551: {
		t0550: r.one.t0550({
			from: r.t0551.parentId,
			to: r.t0550.id
		}),
		t0552s: r.many.t0552(),
	},
	t0552: {
		t0551: r.one.t0551({
			from: r.t0552.parentId,
			to: r.t0551.id
		}),
		t0553s: r.many.t0553(),
	},
	t0553: {
		t0552: r.one.t0552({
			from: r.t0553.parentId,
			to: r.t0552.id
		}),
		t0554s: r.many.t0554(),
	},
	t0554: {
		t0553: r.one.t0553({
			from: r.t0554.parentId,
			to: r.t0553.id
		}),
		t0555s: r.many.t0555(),
	},
	t0555: {
		t0554: r.one.t0554({
			from: r.t0555.parentId,
			to: r.t0554.id
		}),
		t0556s: r.many.t0556(),
	},
	t0556: {
		t0555: r.one.t0555({
			from: r.t0556.parentId,
			to: r.t0555.id
		}),
		t0557s: r.many.t0557(),
	},
	t0557: {
		t0556: r.one.t0556({
			from: r.t0557.parentId,
			to: r.t0556.id
		}),
		t0558s: r.many.t0558(),
	},
	t0558: {
		t0557: r.one.t0557({
			from: r.t0558.parentId,
			to: r.t0557.id
		}),
		t0559s: r.many.t0559(),
	},
	t0559: {
		t0558: r.one.t0558({
			from: r.t0559.parentId,
			to: r.t0558.id
		}),
		t0560s: r.many.t0560(),
	},
	t0560: {
		t0559: r.one.t0559({
			from: r.t0560.parentId,
			to: r.t0559.id
		}),
		t0561s: r.many.t0561(),
	},
	t0561: {
		t0560: r.one.t0560({
			from: r.t0561.parentId,
			to: r.t0560.id
		}),
		t0562s: r.many.t0562(),
	},
	t0562: {
		t0561: r.one.t0561({
			from: r.t0562.parentId,
			to: r.t0561.id
		}),
		t0563s: r.many.t0563(),
	},
	t0563: {
		t0562: r.one.t0562({
			from: r.t0563.parentId,
			to: r.t0562.id
		}),
		t0564s: r.many.t0564(),
	},
	t0564: {
		t0563: r.one.t0563({
			from: r.t0564.parentId,
			to: r.t0563.id
		}),
		t0565s: r.many.t0565(),
	},
	t0565: {
		t0564: r.one.t0564({
			from: r.t0565.parentId,
			to: r.t0564.id
		}),
		t0566s: r.many.t0566(),
	},
	t0566: {
		t0565: r.one.t0565({
			from: r.t0566.parentId,
			to: r.t0565.id
		}),
		t0567s: r.many.t0567(),
	},
	t0567: {
		t0566: r.one.t0566({
			from: r.t0567.parentId,
			to: r.t0566.id
		}),
		t0568s: r.many.t0568(),
	},
	t0568: {
		t0567: r.one.t0567({
			from: r.t0568.parentId,
			to: r.t0567.id
		}),
		t0569s: r.many.t0569(),
	},
	t0569: {
		t0568: r.one.t0568({
			from: r.t0569.parentId,
			to: r.t0568.id
		}),
		t0570s: r.many.t0570(),
	},
	t0570: {
		t0569: r.one.t0569({
			from: r.t0570.parentId,
			to: r.t0569.id
		}),
		t0571s: r.many.t0571(),
	},
	t0571: {
		t0570: r.one.t0570({
			from: r.t0571.parentId,
			to: r.t0570.id
		}),
		t0572s: r.many.t0572(),
	},
	t0572: {
		t0571: r.one.t0571({
			from: r.t0572.parentId,
			to: r.t0571.id
		}),
		t0573s: r.many.t0573(),
	},
	t0573: {
		t0572: r.one.t0572({
			from: r.t0573.parentId,
			to: r.t0572.id
		}),
		t0574s: r.many.t0574(),
	},
	t0574: {
		t0573: r.one.t0573({
			from: r.t0574.parentId,
			to: r.t0573.id
		}),
		t0575s: r.many.t0575(),
	},
	t0575: {
		t0574: r.one.t0574({
			from: r.t0575.parentId,
			to: r.t0574.id
		}),
		t0576s: r.many.t0576(),
	},
	t0576: {
		t0575: r.one.t0575({
			from: r.t0576.parentId,
			to: r.t0575.id
		}),
		t0577s: r.many.t0577(),
	},
	t0577: {
		t0576: r.one.t0576({
			from: r.t0577.parentId,
			to: r.t0576.id
		}),
		t0578s: r.many.t0578(),
	},
	t0578: {
		t0577: r.one.t0577({
			from: r.t0578.parentId,
			to: r.t0577.id
		}),
		t0579s: r.many.t0579(),
	},
	t0579: {
		t0578: r.one.t0578({
			from: r.t0579.parentId,
			to: r.t0578.id
		}),
		t0580s: r.many.t0580(),
	},
	t0580: {
		t0579: r.one.t0579({
			from: r.t0580.parentId,
			to: r.t0579.id
		}),
		t0581s: r.many.t0581(),
	},
	t0581: {
		t0580: r.one.t0580({
			from: r.t0581.parentId,
			to: r.t0580.id
		}),
		t0582s: r.many.t0582(),
	},
	t0582: {
		t0581: r.one.t0581({
			from: r.t0582.parentId,
			to: r.t0581.id
		}),
		t0583s: r.many.t0583(),
	},
	t0583: {
		t0582: r.one.t0582({
			from: r.t0583.parentId,
			to: r.t0582.id
		}),
		t0584s: r.many.t0584(),
	},
	t0584: {
		t0583: r.one.t0583({
			from: r.t0584.parentId,
			to: r.t0583.id
		}),
		t0585s: r.many.t0585(),
	},
	t0585: {
		t0584: r.one.t0584({
			from: r.t0585.parentId,
			to: r.t0584.id
		}),
		t0586s: r.many.t0586(),
	},
	t0586: {
		t0585: r.one.t0585({
			from: r.t0586.parentId,
			to: r.t0585.id
		}),
		t0587s: r.many.t0587(),
	},
	t0587: {
		t0586: r.one.t0586({
			from: r.t0587.parentId,
			to: r.t0586.id
		}),
		t0588s: r.many.t0588(),
	},
	t0588: {
		t0587: r.one.t0587({
			from: r.t0588.parentId,
			to: r.t0587.id
		}),
		t0589s: r.many.t0589(),
	},
	t0589: {
		t0588: r.one.t0588({
			from: r.t0589.parentId,
			to: r.t0588.id
		}),
		t0590s: r.many.t0590(),
	},
	t0590: {
		t0589: r.one.t0589({
			from: r.t0590.parentId,
			to: r.t0589.id
		}),
		t0591s: r.many.t0591(),
	},
	t0591: {
		t0590: r.one.t0590({
			from: r.t0591.parentId,
			to: r.t0590.id
		}),
		t0592s: r.many.t0592(),
	},
	t0592: {
		t0591: r.one.t0591({
			from: r.t0592.parentId,
			to: r.t0591.id
		}),
		t0593s: r.many.t0593(),
	},
	t0593: {
		t0592: r.one.t0592({
			from: r.t0593.parentId,
			to: r.t0592.id
		}),
		t0594s: r.many.t0594(),
	},
	t0594: {
		t0593: r.one.t0593({
			from: r.t0594.parentId,
			to: r.t0593.id
		}),
		t0595s: r.many.t0595(),
	},
	t0595: {
		t0594: r.one.t0594({
			from: r.t0595.parentId,
			to: r.t0594.id
		}),
		t0596s: r.many.t0596(),
	},
	t0596: {
		t0595: r.one.t0595({
			from: r.t0596.parentId,
			to: r.t0595.id
		}),
		t0597s: r.many.t0597(),
	},
	t0597: {
		t0596: r.one.t0596({
			from: r.t0597.parentId,
			to: r.t0596.id
		}),
		t0598s: r.many.t0598(),
	},
	t0598: {
		t0597: r.one.t0597({
			from: r.t0598.parentId,
			to: r.t0597.id
		}),
		t0599s: r.many.t0599(),
	},
	t0599: {
		t0598: r.one.t0598({
			from: r.t0599.parentId,
			to: r.t0598.id
		}),
		t0600s: r.many.t0600(),
	},
	t0600: {
		t0599: r.one.t0599({
			from: r.t0600.parentId,
			to: r.t0599.id
		}),
		t0601s: r.many.t0601(),
	},
	t0601: {
		t0600: r.one.t0600({
			from: r.t0601.parentId,
			to: r.t0600.id
		}),
		t0602s: r.many.t0602(),
	},
	t0602: {
		t0601: r.one.t0601({
			from: r.t0602.parentId,
			to: r.t0601.id
		}),
		t0603s: r.many.t0603(),
	},
	t0603: {
		t0602: r.one.t0602({
			from: r.t0603.parentId,
			to: r.t0602.id
		}),
		t0604s: r.many.t0604(),
	},
	t0604: {
		t0603: r.one.t0603({
			from: r.t0604.parentId,
			to: r.t0603.id
		}),
		t0605s: r.many.t0605(),
	},
	t0605: {
		t0604: r.one.t0604({
			from: r.t0605.parentId,
			to: r.t0604.id
		}),
		t0606s: r.many.t0606(),
	},
	t0606: {
		t0605: r.one.t0605({
			from: r.t0606.parentId,
			to: r.t0605.id
		}),
		t0607s: r.many.t0607(),
	},
	t0607: {
		t0606: r.one.t0606({
			from: r.t0607.parentId,
			to: r.t0606.id
		}),
		t0608s: r.many.t0608(),
	},
	t0608: {
		t0607: r.one.t0607({
			from: r.t0608.parentId,
			to: r.t0607.id
		}),
		t0609s: r.many.t0609(),
	},
	t0609: {
		t0608: r.one.t0608({
			from: r.t0609.parentId,
			to: r.t0608.id
		}),
		t0610s: r.many.t0610(),
	},
	t0610: {
		t0609: r.one.t0609({
			from: r.t0610.parentId,
			to: r.t0609.id
		}),
		t0611s: r.many.t0611(),
	},
	t0611: {
		t0610: r.one.t0610({
			from: r.t0611.parentId,
			to: r.t0610.id
		}),
		t0612s: r.many.t0612(),
	},
	t0612: {
		t0611: r.one.t0611({
			from: r.t0612.parentId,
			to: r.t0611.id
		}),
		t0613s: r.many.t0613(),
	},
	t0613: {
		t0612: r.one.t0612({
			from: r.t0613.parentId,
			to: r.t0612.id
		}),
		t0614s: r.many.t0614(),
	},
	t0614: {
		t0613: r.one.t0613({
			from: r.t0614.parentId,
			to: r.t0613.id
		}),
		t0615s: r.many.t0615(),
	},
	t0615: {
		t0614: r.one.t0614({
			from: r.t0615.parentId,
			to: r.t0614.id
		}),
		t0616s: r.many.t0616(),
	},
	t0616: {
		t0615: r.one.t0615({
			from: r.t0616.parentId,
			to: r.t0615.id
		}),
		t0617s: r.many.t0617(),
	},
	t0617: {
		t0616: r.one.t0616({
			from: r.t0617.parentId,
			to: r.t0616.id
		}),
		t0618s: r.many.t0618(),
	},
	t0618: {
		t0617: r.one.t0617({
			from: r.t0618.parentId,
			to: r.t0617.id
		}),
		t0619s: r.many.t0619(),
	},
	t0619: {
		t0618: r.one.t0618({
			from: r.t0619.parentId,
			to: r.t0618.id
		}),
		t0620s: r.many.t0620(),
	},
	t0620: {
		t0619: r.one.t0619({
			from: r.t0620.parentId,
			to: r.t0619.id
		}),
		t0621s: r.many.t0621(),
	},
	t0621: {
		t0620: r.one.t0620({
			from: r.t0621.parentId,
			to: r.t0620.id
		}),
		t0622s: r.many.t0622(),
	},
	t0622: {
		t0621: r.one.t0621({
			from: r.t0622.parentId,
			to: r.t0621.id
		}),
		t0623s: r.many.t0623(),
	},
	t0623: {
		t0622: r.one.t0622({
			from: r.t0623.parentId,
			to: r.t0622.id
		}),
		t0624s: r.many.t0624(),
	},
	t0624: {
		t0623: r.one.t0623({
			from: r.t0624.parentId,
			to: r.t0623.id
		}),
		t0625s: r.many.t0625(),
	},
	t0625: {
		t0624: r.one.t0624({
			from: r.t0625.parentId,
			to: r.t0624.id
		}),
		t0626s: r.many.t0626(),
	},
	t0626: {
		t0625: r.one.t0625({
			from: r.t0626.parentId,
			to: r.t0625.id
		}),
		t0627s: r.many.t0627(),
	},
	t0627: {
		t0626: r.one.t0626({
			from: r.t0627.parentId,
			to: r.t0626.id
		}),
		t0628s: r.many.t0628(),
	},
	t0628: {
		t0627: r.one.t0627({
			from: r.t0628.parentId,
			to: r.t0627.id
		}),
		t0629s: r.many.t0629(),
	},
	t0629: {
		t0628: r.one.t0628({
			from: r.t0629.parentId,
			to: r.t0628.id
		}),
		t0630s: r.many.t0630(),
	},
	t0630: {
		t0629: r.one.t0629({
			from: r.t0630.parentId,
			to: r.t0629.id
		}),
		t0631s: r.many.t0631(),
	},
	t0631: {
		t0630: r.one.t0630({
			from: r.t0631.parentId,
			to: r.t0630.id
		}),
		t0632s: r.many.t0632(),
	},
	t0632: {
		t0631: r.one.t0631({
			from: r.t0632.parentId,
			to: r.t0631.id
		}),
		t0633s: r.many.t0633(),
	},
	t0633: {
		t0632: r.one.t0632({
			from: r.t0633.parentId,
			to: r.t0632.id
		}),
		t0634s: r.many.t0634(),
	},
	t0634: {
		t0633: r.one.t0633({
			from: r.t0634.parentId,
			to: r.t0633.id
		}),
		t0635s: r.many.t0635(),
	},
	t0635: {
		t0634: r.one.t0634({
			from: r.t0635.parentId,
			to: r.t0634.id
		}),
		t0636s: r.many.t0636(),
	},
	t0636: {
		t0635: r.one.t0635({
			from: r.t0636.parentId,
			to: r.t0635.id
		}),
		t0637s: r.many.t0637(),
	},
	t0637: {
		t0636: r.one.t0636({
			from: r.t0637.parentId,
			to: r.t0636.id
		}),
		t0638s: r.many.t0638(),
	},
	t0638: {
		t0637: r.one.t0637({
			from: r.t0638.parentId,
			to: r.t0637.id
		}),
		t0639s: r.many.t0639(),
	},
	t0639: {
		t0638: r.one.t0638({
			from: r.t0639.parentId,
			to: r.t0638.id
		}),
		t0640s: r.many.t0640(),
	},
	t0640: {
		t0639: r.one.t0639({
			from: r.t0640.parentId,
			to: r.t0639.id
		}),
		t0641s: r.many.t0641(),
	},
	t0641: {
		t0640: r.one.t0640({
			from: r.t0641.parentId,
			to: r.t0640.id
		}),
		t0642s: r.many.t0642(),
	},
	t0642: {
		t0641: r.one.t0641({
			from: r.t0642.parentId,
			to: r.t0641.id
		}),
		t0643s: r.many.t0643(),
	},
	t0643: {
		t0642: r.one.t0642({
			from: r.t0643.parentId,
			to: r.t0642.id
		}),
		t0644s: r.many.t0644(),
	},
	t0644: {
		t0643: r.one.t0643({
			from: r.t0644.parentId,
			to: r.t0643.id
		}),
		t0645s: r.many.t0645(),
	},
	t0645: {
		t0644: r.one.t0644({
			from: r.t0645.parentId,
			to: r.t0644.id
		}),
		t0646s: r.many.t0646(),
	},
	t0646: {
		t0645: r.one.t0645({
			from: r.t0646.parentId,
			to: r.t0645.id
		}),
		t0647s: r.many.t0647(),
	},
	t0647: {
		t0646: r.one.t0646({
			from: r.t0647.parentId,
			to: r.t0646.id
		}),
		t0648s: r.many.t0648(),
	},
	t0648: {
		t0647: r.one.t0647({
			from: r.t0648.parentId,
			to: r.t0647.id
		}),
		t0649s: r.many.t0649(),
	},
	t0649: {
		t0648: r.one.t0648({
			from: r.t0649.parentId,
			to: r.t0648.id
		}),
		t0650s: r.many.t0650(),
	},
	t0650: {
		t0649: r.one.t0649({
			from: r.t0650.parentId,
			to: r.t0649.id
		}),
		t0651s: r.many.t0651(),
	},
	t0651: {
		t0650: r.one.t0650({
			from: r.t0651.parentId,
			to: r.t0650.id
		}),
		t0652s: r.many.t0652(),
	},
	t0652: {
		t0651: r.one.t0651({
			from: r.t0652.parentId,
			to: r.t0651.id
		}),
		t0653s: r.many.t0653(),
	},
	t0653: {
		t0652: r.one.t0652({
			from: r.t0653.parentId,
			to: r.t0652.id
		}),
		t0654s: r.many.t0654(),
	},
	t0654: {
		t0653: r.one.t0653({
			from: r.t0654.parentId,
			to: r.t0653.id
		}),
		t0655s: r.many.t0655(),
	},
	t0655: {
		t0654: r.one.t0654({
			from: r.t0655.parentId,
			to: r.t0654.id
		}),
		t0656s: r.many.t0656(),
	},
	t0656: {
		t0655: r.one.t0655({
			from: r.t0656.parentId,
			to: r.t0655.id
		}),
		t0657s: r.many.t0657(),
	},
	t0657: {
		t0656: r.one.t0656({
			from: r.t0657.parentId,
			to: r.t0656.id
		}),
		t0658s: r.many.t0658(),
	},
	t0658: {
		t0657: r.one.t0657({
			from: r.t0658.parentId,
			to: r.t0657.id
		}),
		t0659s: r.many.t0659(),
	},
	t0659: {
		t0658: r.one.t0658({
			from: r.t0659.parentId,
			to: r.t0658.id
		}),
		t0660s: r.many.t0660(),
	},
	t0660: {
		t0659: r.one.t0659({
			from: r.t0660.parentId,
			to: r.t0659.id
		}),
		t0661s: r.many.t0661(),
	},
	t0661: {
		t0660: r.one.t0660({
			from: r.t0661.parentId,
			to: r.t0660.id
		}),
		t0662s: r.many.t0662(),
	},
	t0662: {
		t0661: r.one.t0661({
			from: r.t0662.parentId,
			to: r.t0661.id
		}),
		t0663s: r.many.t0663(),
	},
	t0663: {
		t0662: r.one.t0662({
			from: r.t0663.parentId,
			to: r.t0662.id
		}),
		t0664s: r.many.t0664(),
	},
	t0664: {
		t0663: r.one.t0663({
			from: r.t0664.parentId,
			to: r.t0663.id
		}),
		t0665s: r.many.t0665(),
	},
	t0665: {
		t0664: r.one.t0664({
			from: r.t0665.parentId,
			to: r.t0664.id
		}),
		t0666s: r.many.t0666(),
	},
	t0666: {
		t0665: r.one.t0665({
			from: r.t0666.parentId,
			to: r.t0665.id
		}),
		t0667s: r.many.t0667(),
	},
	t0667: {
		t0666: r.one.t0666({
			from: r.t0667.parentId,
			to: r.t0666.id
		}),
		t0668s: r.many.t0668(),
	},
	t0668: {
		t0667: r.one.t0667({
			from: r.t0668.parentId,
			to: r.t0667.id
		}),
		t0669s: r.many.t0669(),
	},
	t0669: {
		t0668: r.one.t0668({
			from: r.t0669.parentId,
			to: r.t0668.id
		}),
		t0670s: r.many.t0670(),
	},
	t0670: {
		t0669: r.one.t0669({
			from: r.t0670.parentId,
			to: r.t0669.id
		}),
		t0671s: r.many.t0671(),
	},
	t0671: {
		t0670: r.one.t0670({
			from: r.t0671.parentId,
			to: r.t0670.id
		}),
		t0672s: r.many.t0672(),
	},
	t0672: {
		t0671: r.one.t0671({
			from: r.t0672.parentId,
			to: r.t0671.id
		}),
		t0673s: r.many.t0673(),
	},
	t0673: {
		t0672: r.one.t0672({
			from: r.t0673.parentId,
			to: r.t0672.id
		}),
		t0674s: r.many.t0674(),
	},
	t0674: {
		t0673: r.one.t0673({
			from: r.t0674.parentId,
			to: r.t0673.id
		}),
		t0675s: r.many.t0675(),
	},
	t0675: {
		t0674: r.one.t0674({
			from: r.t0675.parentId,
			to: r.t0674.id
		}),
		t0676s: r.many.t0676(),
	},
	t0676: {
		t0675: r.one.t0675({
			from: r.t0676.parentId,
			to: r.t0675.id
		}),
		t0677s: r.many.t0677(),
	},
	t0677: {
		t0676: r.one.t0676({
			from: r.t0677.parentId,
			to: r.t0676.id
		}),
		t0678s: r.many.t0678(),
	},
	t0678: {
		t0677: r.one.t0677({
			from: r.t0678.parentId,
			to: r.t0677.id
		}),
		t0679s: r.many.t0679(),
	},
	t0679: {
		t0678: r.one.t0678({
			from: r.t0679.parentId,
			to: r.t0678.id
		}),
		t0680s: r.many.t0680(),
	},
	t0680: {
		t0679: r.one.t0679({
			from: r.t0680.parentId,
			to: r.t0679.id
		}),
		t0681s: r.many.t0681(),
	},
	t0681: {
		t0680: r.one.t0680({
			from: r.t0681.parentId,
			to: r.t0680.id
		}),
		t0682s: r.many.t0682(),
	},
	t0682: {
		t0681: r.one.t0681({
			from: r.t0682.parentId,
			to: r.t0681.id
		}),
		t0683s: r.many.t0683(),
	},
	t0683: {
		t0682: r.one.t0682({
			from: r.t0683.parentId,
			to: r.t0682.id
		}),
		t0684s: r.many.t0684(),
	},
	t0684: {
		t0683: r.one.t0683({
			from: r.t0684.parentId,
			to: r.t0683.id
		}),
		t0685s: r.many.t0685(),
	},
	t0685: {
		t0684: r.one.t0684({
			from: r.t0685.parentId,
			to: r.t0684.id
		}),
		t0686s: r.many.t0686(),
	},
	t0686: {
		t0685: r.one.t0685({
			from: r.t0686.parentId,
			to: r.t0685.id
		}),
		t0687s: r.many.t0687(),
	},
	t0687: {
		t0686: r.one.t0686({
			from: r.t0687.parentId,
			to: r.t0686.id
		}),
		t0688s: r.many.t0688(),
	},
	t0688: {
		t0687: r.one.t0687({
			from: r.t0688.parentId,
			to: r.t0687.id
		}),
		t0689s: r.many.t0689(),
	},
	t0689: {
		t0688: r.one.t0688({
			from: r.t0689.parentId,
			to: r.t0688.id
		}),
		t0690s: r.many.t0690(),
	},
	t0690: {
		t0689: r.one.t0689({
			from: r.t0690.parentId,
			to: r.t0689.id
		}),
		t0691s: r.many.t0691(),
	},
	t0691: {
		t0690: r.one.t0690({
			from: r.t0691.parentId,
			to: r.t0690.id
		}),
		t0692s: r.many.t0692(),
	},
	t0692: {
		t0691: r.one.t0691({
			from: r.t0692.parentId,
			to: r.t0691.id
		}),
		t0693s: r.many.t0693(),
	},
	t0693: {
		t0692: r.one.t0692({
			from: r.t0693.parentId,
			to: r.t0692.id
		}),
		t0694s: r.many.t0694(),
	},
	t0694: {
		t0693: r.one.t0693({
			from: r.t0694.parentId,
			to: r.t0693.id
		}),
		t0695s: r.many.t0695(),
	},
	t0695: {
		t0694: r.one.t0694({
			from: r.t0695.parentId,
			to: r.t0694.id
		}),
		t0696s: r.many.t0696(),
	},
	t0696: {
		t0695: r.one.t0695({
			from: r.t0696.parentId,
			to: r.t0695.id
		}),
		t0697s: r.many.t0697(),
	},
	t0697: {
		t0696: r.one.t0696({
			from: r.t0697.parentId,
			to: r.t0696.id
		}),
		t0698s: r.many.t0698(),
	},
	t0698: {
		t0697: r.one.t0697({
			from: r.t0698.parentId,
			to: r.t0697.id
		}),
		t0699s: r.many.t0699(),
	},
	t0699: {
		t0698: r.one.t0698({
			from: r.t0699.parentId,
			to: r.t0698.id
		}),
		t0700s: r.many.t0700(),
	},
	t0700: {
		t0699: r.one.t0699({
			from: r.t0700.parentId,
			to: r.t0699.id
		}),
		t0701s: r.many.t0701(),
	},
	t0701: {
		t0700: r.one.t0700({
			from: r.t0701.parentId,
			to: r.t0700.id
		}),
		t0702s: r.many.t0702(),
	},
	t0702: {
		t0701: r.one.t0701({
			from: r.t0702.parentId,
			to: r.t0701.id
		}),
		t0703s: r.many.t0703(),
	},
	t0703: {
		t0702: r.one.t0702({
			from: r.t0703.parentId,
			to: r.t0702.id
		}),
		t0704s: r.many.t0704(),
	},
	t0704: {
		t0703: r.one.t0703({
			from: r.t0704.parentId,
			to: r.t0703.id
		}),
		t0705s: r.many.t0705(),
	},
	t0705: {
		t0704: r.one.t0704({
			from: r.t0705.parentId,
			to: r.t0704.id
		}),
		t0706s: r.many.t0706(),
	},
	t0706: {
		t0705: r.one.t0705({
			from: r.t0706.parentId,
			to: r.t0705.id
		}),
		t0707s: r.many.t0707(),
	},
	t0707: {
		t0706: r.one.t0706({
			from: r.t0707.parentId,
			to: r.t0706.id
		}),
		t0708s: r.many.t0708(),
	},
	t0708: {
		t0707: r.one.t0707({
			from: r.t0708.parentId,
			to: r.t0707.id
		}),
		t0709s: r.many.t0709(),
	},
	t0709: {
		t0708: r.one.t0708({
			from: r.t0709.parentId,
			to: r.t0708.id
		}),
		t0710s: r.many.t0710(),
	},
	t0710: {
		t0709: r.one.t0709({
			from: r.t0710.parentId,
			to: r.t0709.id
		}),
		t0711s: r.many.t0711(),
	},
	t0711: {
		t0710: r.one.t0710({
			from: r.t0711.parentId,
			to: r.t0710.id
		}),
		t0712s: r.many.t0712(),
	},
	t0712: {
		t0711: r.one.t0711({
			from: r.t0712.parentId,
			to: r.t0711.id
		}),
		t0713s: r.many.t0713(),
	},
	t0713: {
		t0712: r.one.t0712({
			from: r.t0713.parentId,
			to: r.t0712.id
		}),
		t0714s: r.many.t0714(),
	},
	t0714: {
		t0713: r.one.t0713({
			from: r.t0714.parentId,
			to: r.t0713.id
		}),
		t0715s: r.many.t0715(),
	},
	t0715: {
		t0714: r.one.t0714({
			from: r.t0715.parentId,
			to: r.t0714.id
		}),
		t0716s: r.many.t0716(),
	},
	t0716: {
		t0715: r.one.t0715({
			from: r.t0716.parentId,
			to: r.t0715.id
		}),
		t0717s: r.many.t0717(),
	},
	t0717: {
		t0716: r.one.t0716({
			from: r.t0717.parentId,
			to: r.t0716.id
		}),
		t0718s: r.many.t0718(),
	},
	t0718: {
		t0717: r.one.t0717({
			from: r.t0718.parentId,
			to: r.t0717.id
		}),
		t0719s: r.many.t0719(),
	},
	t0719: {
		t0718: r.one.t0718({
			from: r.t0719.parentId,
			to: r.t0718.id
		}),
		t0720s: r.many.t0720(),
	},
	t0720: {
		t0719: r.one.t0719({
			from: r.t0720.parentId,
			to: r.t0719.id
		}),
		t0721s: r.many.t0721(),
	},
	t0721: {
		t0720: r.one.t0720({
			from: r.t0721.parentId,
			to: r.t0720.id
		}),
		t0722s: r.many.t0722(),
	},
	t0722: {
		t0721: r.one.t0721({
			from: r.t0722.parentId,
			to: r.t0721.id
		}),
		t0723s: r.many.t0723(),
	},
	t0723: {
		t0722: r.one.t0722({
			from: r.t0723.parentId,
			to: r.t0722.id
		}),
		t0724s: r.many.t0724(),
	},
	t0724: {
		t0723: r.one.t0723({
			from: r.t0724.parentId,
			to: r.t0723.id
		}),
		t0725s: r.many.t0725(),
	},
	t0725: {
		t0724: r.one.t0724({
			from: r.t0725.parentId,
			to: r.t0724.id
		}),
		t0726s: r.many.t0726(),
	},
	t0726: {
		t0725: r.one.t0725({
			from: r.t0726.parentId,
			to: r.t0725.id
		}),
		t0727s: r.many.t0727(),
	},
	t0727: {
		t0726: r.one.t0726({
			from: r.t0727.parentId,
			to: r.t0726.id
		}),
		t0728s: r.many.t0728(),
	},
	t0728: {
		t0727: r.one.t0727({
			from: r.t0728.parentId,
			to: r.t0727.id
		}),
		t0729s: r.many.t0729(),
	},
	t0729: {
		t0728: r.one.t0728({
			from: r.t0729.parentId,
			to: r.t0728.id
		}),
		t0730s: r.many.t0730(),
	},
	t0730: {
		t0729: r.one.t0729({
			from: r.t0730.parentId,
			to: r.t0729.id
		}),
		t0731s: r.many.t0731(),
	},
	t0731: {
		t0730: r.one.t0730({
			from: r.t0731.parentId,
			to: r.t0730.id
		}),
		t0732s: r.many.t0732(),
	},
	t0732: {
		t0731: r.one.t0731({
			from: r.t0732.parentId,
			to: r.t0731.id
		}),
		t0733s: r.many.t0733(),
	},
	t0733: {
		t0732: r.one.t0732({
			from: r.t0733.parentId,
			to: r.t0732.id
		}),
		t0734s: r.many.t0734(),
	},
	t0734: {
		t0733: r.one.t0733({
			from: r.t0734.parentId,
			to: r.t0733.id
		}),
		t0735s: r.many.t0735(),
	},
	t0735: {
		t0734: r.one.t0734({
			from: r.t0735.parentId,
			to: r.t0734.id
		}),
		t0736s: r.many.t0736(),
	},
	t0736: {
		t0735: r.one.t0735({
			from: r.t0736.parentId,
			to: r.t0735.id
		}),
		t0737s: r.many.t0737(),
	},
	t0737: {
		t0736: r.one.t0736({
			from: r.t0737.parentId,
			to: r.t0736.id
		}),
		t0738s: r.many.t0738(),
	},
	t0738: {
		t0737: r.one.t0737({
			from: r.t0738.parentId,
			to: r.t0737.id
		}),
		t0739s: r.many.t0739(),
	},
	t0739: {
		t0738: r.one.t0738({
			from: r.t0739.parentId,
			to: r.t0738.id
		}),
		t0740s: r.many.t0740(),
	},
	t0740: {
		t0739: r.one.t0739({
			from: r.t0740.parentId,
			to: r.t0739.id
		}),
		t0741s: r.many.t0741(),
	},
	t0741: {
		t0740: r.one.t0740({
			from: r.t0741.parentId,
			to: r.t0740.id
		}),
		t0742s: r.many.t0742(),
	},
	t0742: {
		t0741: r.one.t0741({
			from: r.t0742.parentId,
			to: r.t0741.id
		}),
		t0743s: r.many.t0743(),
	},
	t0743: {
		t0742: r.one.t0742({
			from: r.t0743.parentId,
			to: r.t0742.id
		}),
		t0744s: r.many.t0744(),
	},
	t0744: {
		t0743: r.one.t0743({
			from: r.t0744.parentId,
			to: r.t0743.id
		}),
		t0745s: r.many.t0745(),
	},
	t0745: {
		t0744: r.one.t0744({
			from: r.t0745.parentId,
			to: r.t0744.id
		}),
		t0746s: r.many.t0746(),
	},
	t0746: {
		t0745: r.one.t0745({
			from: r.t0746.parentId,
			to: r.t0745.id
		}),
		t0747s: r.many.t0747(),
	},
	t0747: {
		t0746: r.one.t0746({
			from: r.t0747.parentId,
			to: r.t0746.id
		}),
		t0748s: r.many.t0748(),
	},
	t0748: {
		t0747: r.one.t0747({
			from: r.t0748.parentId,
			to: r.t0747.id
		}),
		t0749s: r.many.t0749(),
	},
	t0749: {
		t0748: r.one.t0748({
			from: r.t0749.parentId,
			to: r.t0748.id
		}),
		t0750s: r.many.t0750(),
	},
	t0750: {
		t0749: r.one.t0749({
			from: r.t0750.parentId,
			to: r.t0749.id
		}),
		t0751s: r.many.t0751(),
	},
	t0751: {
		t0750: r.one.t0750({
			from: r.t0751.parentId,
			to: r.t0750.id
		}),
		t0752s: r.many.t0752(),
	},
	t0752: {
		t0751: r.one.t0751({
			from: r.t0752.parentId,
			to: r.t0751.id
		}),
		t0753s: r.many.t0753(),
	},
	t0753: {
		t0752: r.one.t0752({
			from: r.t0753.parentId,
			to: r.t0752.id
		}),
		t0754s: r.many.t0754(),
	},
	t0754: {
		t0753: r.one.t0753({
			from: r.t0754.parentId,
			to: r.t0753.id
		}),
		t0755s: r.many.t0755(),
	},
	t0755: {
		t0754: r.one.t0754({
			from: r.t0755.parentId,
			to: r.t0754.id
		}),
		t0756s: r.many.t0756(),
	},
	t0756: {
		t0755: r.one.t0755({
			from: r.t0756.parentId,
			to: r.t0755.id
		}),
		t0757s: r.many.t0757(),
	},
	t0757: {
		t0756: r.one.t0756({
			from: r.t0757.parentId,
			to: r.t0756.id
		}),
		t0758s: r.many.t0758(),
	},
	t0758: {
		t0757: r.one.t0757({
			from: r.t0758.parentId,
			to: r.t0757.id
		}),
		t0759s: r.many.t0759(),
	},
	t0759: {
		t0758: r.one.t0758({
			from: r.t0759.parentId,
			to: r.t0758.id
		}),
		t0760s: r.many.t0760(),
	},
	t0760: {
		t0759: r.one.t0759({
			from: r.t0760.parentId,
			to: r.t0759.id
		}),
		t0761s: r.many.t0761(),
	},
	t0761: {
		t0760: r.one.t0760({
			from: r.t0761.parentId,
			to: r.t0760.id
		}),
		t0762s: r.many.t0762(),
	},
	t0762: {
		t0761: r.one.t0761({
			from: r.t0762.parentId,
			to: r.t0761.id
		}),
		t0763s: r.many.t0763(),
	},
	t0763: {
		t0762: r.one.t0762({
			from: r.t0763.parentId,
			to: r.t0762.id
		}),
		t0764s: r.many.t0764(),
	},
	t0764: {
		t0763: r.one.t0763({
			from: r.t0764.parentId,
			to: r.t0763.id
		}),
		t0765s: r.many.t0765(),
	},
	t0765: {
		t0764: r.one.t0764({
			from: r.t0765.parentId,
			to: r.t0764.id
		}),
		t0766s: r.many.t0766(),
	},
	t0766: {
		t0765: r.one.t0765({
			from: r.t0766.parentId,
			to: r.t0765.id
		}),
		t0767s: r.many.t0767(),
	},
	t0767: {
		t0766: r.one.t0766({
			from: r.t0767.parentId,
			to: r.t0766.id
		}),
		t0768s: r.many.t0768(),
	},
	t0768: {
		t0767: r.one.t0767({
			from: r.t0768.parentId,
			to: r.t0767.id
		}),
		t0769s: r.many.t0769(),
	},
	t0769: {
		t0768: r.one.t0768({
			from: r.t0769.parentId,
			to: r.t0768.id
		}),
		t0770s: r.many.t0770(),
	},
	t0770: {
		t0769: r.one.t0769({
			from: r.t0770.parentId,
			to: r.t0769.id
		}),
		t0771s: r.many.t0771(),
	},
	t0771: {
		t0770: r.one.t0770({
			from: r.t0771.parentId,
			to: r.t0770.id
		}),
		t0772s: r.many.t0772(),
	},
	t0772: {
		t0771: r.one.t0771({
			from: r.t0772.parentId,
			to: r.t0771.id
		}),
		t0773s: r.many.t0773(),
	},
	t0773: {
		t0772: r.one.t0772({
			from: r.t0773.parentId,
			to: r.t0772.id
		}),
		t0774s: r.many.t0774(),
	},
	t0774: {
		t0773: r.one.t0773({
			from: r.t0774.parentId,
			to: r.t0773.id
		}),
		t0775s: r.many.t0775(),
	},
	t0775: {
		t0774: r.one.t0774({
			from: r.t0775.parentId,
			to: r.t0774.id
		}),
		t0776s: r.many.t0776(),
	},
	t0776: {
		t0775: r.one.t0775({
			from: r.t0776.parentId,
			to: r.t0775.id
		}),
		t0777s: r.many.t0777(),
	},
	t0777: {
		t0776: r.one.t0776({
			from: r.t0777.parentId,
			to: r.t0776.id
		}),
		t0778s: r.many.t0778(),
	},
	t0778: {
		t0777: r.one.t0777({
			from: r.t0778.parentId,
			to: r.t0777.id
		}),
		t0779s: r.many.t0779(),
	},
	t0779: {
		t0778: r.one.t0778({
			from: r.t0779.parentId,
			to: r.t0778.id
		}),
		t0780s: r.many.t0780(),
	},
	t0780: {
		t0779: r.one.t0779({
			from: r.t0780.parentId,
			to: r.t0779.id
		}),
		t0781s: r.many.t0781(),
	},
	t0781: {
		t0780: r.one.t0780({
			from: r.t0781.parentId,
			to: r.t0780.id
		}),
		t0782s: r.many.t0782(),
	},
	t0782: {
		t0781: r.one.t0781({
			from: r.t0782.parentId,
			to: r.t0781.id
		}),
		t0783s: r.many.t0783(),
	},
	t0783: {
		t0782: r.one.t0782({
			from: r.t0783.parentId,
			to: r.t0782.id
		}),
		t0784s: r.many.t0784(),
	},
	t0784: {
		t0783: r.one.t0783({
			from: r.t0784.parentId,
			to: r.t0783.id
		}),
		t0785s: r.many.t0785(),
	},
	t0785: {
		t0784: r.one.t0784({
			from: r.t0785.parentId,
			to: r.t0784.id
		}),
		t0786s: r.many.t0786(),
	},
	t0786: {
		t0785: r.one.t0785({
			from: r.t0786.parentId,
			to: r.t0785.id
		}),
		t0787s: r.many.t0787(),
	},
	t0787: {
		t0786: r.one.t0786({
			from: r.t0787.parentId,
			to: r.t0786.id
		}),
		t0788s: r.many.t0788(),
	},
	t0788: {
		t0787: r.one.t0787({
			from: r.t0788.parentId,
			to: r.t0787.id
		}),
		t0789s: r.many.t0789(),
	},
	t0789: {
		t0788: r.one.t0788({
			from: r.t0789.parentId,
			to: r.t0788.id
		}),
		t0790s: r.many.t0790(),
	},
	t0790: {
		t0789: r.one.t0789({
			from: r.t0790.parentId,
			to: r.t0789.id
		}),
		t0791s: r.many.t0791(),
	},
	t0791: {
		t0790: r.one.t0790({
			from: r.t0791.parentId,
			to: r.t0790.id
		}),
		t0792s: r.many.t0792(),
	},
	t0792: {
		t0791: r.one.t0791({
			from: r.t0792.parentId,
			to: r.t0791.id
		}),
		t0793s: r.many.t0793(),
	},
	t0793: {
		t0792: r.one.t0792({
			from: r.t0793.parentId,
			to: r.t0792.id
		}),
		t0794s: r.many.t0794(),
	},
	t0794: {
		t0793: r.one.t0793({
			from: r.t0794.parentId,
			to: r.t0793.id
		}),
		t0795s: r.many.t0795(),
	},
	t0795: {
		t0794: r.one.t0794({
			from: r.t0795.parentId,
			to: r.t0794.id
		}),
		t0796s: r.many.t0796(),
	},
	t0796: {
		t0795: r.one.t0795({
			from: r.t0796.parentId,
			to: r.t0795.id
		}),
		t0797s: r.many.t0797(),
	},
	t0797: {
		t0796: r.one.t0796({
			from: r.t0797.parentId,
			to: r.t0796.id
		}),
		t0798s: r.many.t0798(),
	},
	t0798: {
		t0797: r.one.t0797({
			from: r.t0798.parentId,
			to: r.t0797.id
		}),
		t0799s: r.many.t0799(),
	},
	t0799: {
		t0798: r.one.t0798({
			from: r.t0799.parentId,
			to: r.t0798.id
		}),
		t0800s: r.many.t0800(),
	},
	t0800: {
		t0799: r.one.t0799({
			from: r.t0800.parentId,
			to: r.t0799.id
		}),
		t0801s: r.many.t0801(),
	},
	t0801: {
		t0800: r.one.t0800({
			from: r.t0801.parentId,
			to: r.t0800.id
		}),
		t0802s: r.many.t0802(),
	},
	t0802: {
		t0801: r.one.t0801({
			from: r.t0802.parentId,
			to: r.t0801.id
		}),
		t0803s: r.many.t0803(),
	},
	t0803: {
		t0802: r.one.t0802({
			from: r.t0803.parentId,
			to: r.t0802.id
		}),
		t0804s: r.many.t0804(),
	},
	t0804: {
		t0803: r.one.t0803({
			from: r.t0804.parentId,
			to: r.t0803.id
		}),
		t0805s: r.many.t0805(),
	},
	t0805: {
		t0804: r.one.t0804({
			from: r.t0805.parentId,
			to: r.t0804.id
		}),
		t0806s: r.many.t0806(),
	},
	t0806: {
		t0805: r.one.t0805({
			from: r.t0806.parentId,
			to: r.t0805.id
		}),
		t0807s: r.many.t0807(),
	},
	t0807: {
		t0806: r.one.t0806({
			from: r.t0807.parentId,
			to: r.t0806.id
		}),
		t0808s: r.many.t0808(),
	},
	t0808: {
		t0807: r.one.t0807({
			from: r.t0808.parentId,
			to: r.t0807.id
		}),
		t0809s: r.many.t0809(),
	},
	t0809: {
		t0808: r.one.t0808({
			from: r.t0809.parentId,
			to: r.t0808.id
		}),
		t0810s: r.many.t0810(),
	},
	t0810: {
		t0809: r.one.t0809({
			from: r.t0810.parentId,
			to: r.t0809.id
		}),
		t0811s: r.many.t0811(),
	},
	t0811: {
		t0810: r.one.t0810({
			from: r.t0811.parentId,
			to: r.t0810.id
		}),
		t0812s: r.many.t0812(),
	},
	t0812: {
		t0811: r.one.t0811({
			from: r.t0812.parentId,
			to: r.t0811.id
		}),
		t0813s: r.many.t0813(),
	},
	t0813: {
		t0812: r.one.t0812({
			from: r.t0813.parentId,
			to: r.t0812.id
		}),
		t0814s: r.many.t0814(),
	},
	t0814: {
		t0813: r.one.t0813({
			from: r.t0814.parentId,
			to: r.t0813.id
		}),
		t0815s: r.many.t0815(),
	},
	t0815: {
		t0814: r.one.t0814({
			from: r.t0815.parentId,
			to: r.t0814.id
		}),
		t0816s: r.many.t0816(),
	},
	t0816: {
		t0815: r.one.t0815({
			from: r.t0816.parentId,
			to: r.t0815.id
		}),
		t0817s: r.many.t0817(),
	},
	t0817: {
		t0816: r.one.t0816({
			from: r.t0817.parentId,
			to: r.t0816.id
		}),
		t0818s: r.many.t0818(),
	},
	t0818: {
		t0817: r.one.t0817({
			from: r.t0818.parentId,
			to: r.t0817.id
		}),
		t0819s: r.many.t0819(),
	},
	t0819: {
		t0818: r.one.t0818({
			from: r.t0819.parentId,
			to: r.t0818.id
		}),
		t0820s: r.many.t0820(),
	},
	t0820: {
		t0819: r.one.t0819({
			from: r.t0820.parentId,
			to: r.t0819.id
		}),
		t0821s: r.many.t0821(),
	},
	t0821: {
		t0820: r.one.t0820({
			from: r.t0821.parentId,
			to: r.t0820.id
		}),
		t0822s: r.many.t0822(),
	},
	t0822: {
		t0821: r.one.t0821({
			from: r.t0822.parentId,
			to: r.t0821.id
		}),
		t0823s: r.many.t0823(),
	},
	t0823: {
		t0822: r.one.t0822({
			from: r.t0823.parentId,
			to: r.t0822.id
		}),
		t0824s: r.many.t0824(),
	},
	t0824: {
		t0823: r.one.t0823({
			from: r.t0824.parentId,
			to: r.t0823.id
		}),
		t0825s: r.many.t0825(),
	},
	t0825: {
		t0824: r.one.t0824({
			from: r.t0825.parentId,
			to: r.t0824.id
		}),
		t0826s: r.many.t0826(),
	},
	t0826: {
		t0825: r.one.t0825({
			from: r.t0826.parentId,
			to: r.t0825.id
		}),
		t0827s: r.many.t0827(),
	},
	t0827: {
		t0826: r.one.t0826({
			from: r.t0827.parentId,
			to: r.t0826.id
		}),
		t0828s: r.many.t0828(),
	},
	t0828: {
		t0827: r.one.t0827({
			from: r.t0828.parentId,
			to: r.t0827.id
		}),
		t0829s: r.many.t0829(),
	},
	t0829: {
		t0828: r.one.t0828({
			from: r.t0829.parentId,
			to: r.t0828.id
		}),
		t0830s: r.many.t0830(),
	},
	t0830: {
		t0829: r.one.t0829({
			from: r.t0830.parentId,
			to: r.t0829.id
		}),
		t0831s: r.many.t0831(),
	},
	t0831: {
		t0830: r.one.t0830({
			from: r.t0831.parentId,
			to: r.t0830.id
		}),
		t0832s: r.many.t0832(),
	},
	t0832: {
		t0831: r.one.t0831({
			from: r.t0832.parentId,
			to: r.t0831.id
		}),
		t0833s: r.many.t0833(),
	},
	t0833: {
		t0832: r.one.t0832({
			from: r.t0833.parentId,
			to: r.t0832.id
		}),
		t0834s: r.many.t0834(),
	},
	t0834: {
		t0833: r.one.t0833({
			from: r.t0834.parentId,
			to: r.t0833.id
		}),
		t0835s: r.many.t0835(),
	},
	t0835: {
		t0834: r.one.t0834({
			from: r.t0835.parentId,
			to: r.t0834.id
		}),
		t0836s: r.many.t0836(),
	},
	t0836: {
		t0835: r.one.t0835({
			from: r.t0836.parentId,
			to: r.t0835.id
		}),
		t0837s: r.many.t0837(),
	},
	t0837: {
		t0836: r.one.t0836({
			from: r.t0837.parentId,
			to: r.t0836.id
		}),
		t0838s: r.many.t0838(),
	},
	t0838: {
		t0837: r.one.t0837({
			from: r.t0838.parentId,
			to: r.t0837.id
		}),
		t0839s: r.many.t0839(),
	},
	t0839: {
		t0838: r.one.t0838({
			from: r.t0839.parentId,
			to: r.t0838.id
		}),
		t0840s: r.many.t0840(),
	},
	t0840: {
		t0839: r.one.t0839({
			from: r.t0840.parentId,
			to: r.t0839.id
		}),
		t0841s: r.many.t0841(),
	},
	t0841: {
		t0840: r.one.t0840({
			from: r.t0841.parentId,
			to: r.t0840.id
		}),
		t0842s: r.many.t0842(),
	},
	t0842: {
		t0841: r.one.t0841({
			from: r.t0842.parentId,
			to: r.t0841.id
		}),
		t0843s: r.many.t0843(),
	},
	t0843: {
		t0842: r.one.t0842({
			from: r.t0843.parentId,
			to: r.t0842.id
		}),
		t0844s: r.many.t0844(),
	},
	t0844: {
		t0843: r.one.t0843({
			from: r.t0844.parentId,
			to: r.t0843.id
		}),
		t0845s: r.many.t0845(),
	},
	t0845: {
		t0844: r.one.t0844({
			from: r.t0845.parentId,
			to: r.t0844.id
		}),
		t0846s: r.many.t0846(),
	},
	t0846: {
		t0845: r.one.t0845({
			from: r.t0846.parentId,
			to: r.t0845.id
		}),
		t0847s: r.many.t0847(),
	},
	t0847: {
		t0846: r.one.t0846({
			from: r.t0847.parentId,
			to: r.t0846.id
		}),
		t0848s: r.many.t0848(),
	},
	t0848: {
		t0847: r.one.t0847({
			from: r.t0848.parentId,
			to: r.t0847.id
		}),
		t0849s: r.many.t0849(),
	},
	t0849: {
		t0848: r.one.t0848({
			from: r.t0849.parentId,
			to: r.t0848.id
		}),
		t0850s: r.many.t0850(),
	},
	t0850: {
		t0849: r.one.t0849({
			from: r.t0850.parentId,
			to: r.t0849.id
		}),
		t0851s: r.many.t0851(),
	},
	t0851: {
		t0850: r.one.t0850({
			from: r.t0851.parentId,
			to: r.t0850.id
		}),
		t0852s: r.many.t0852(),
	},
	t0852: {
		t0851: r.one.t0851({
			from: r.t0852.parentId,
			to: r.t0851.id
		}),
		t0853s: r.many.t0853(),
	},
	t0853: {
		t0852: r.one.t0852({
			from: r.t0853.parentId,
			to: r.t0852.id
		}),
		t0854s: r.many.t0854(),
	},
	t0854: {
		t0853: r.one.t0853({
			from: r.t0854.parentId,
			to: r.t0853.id
		}),
		t0855s: r.many.t0855(),
	},
	t0855: {
		t0854: r.one.t0854({
			from: r.t0855.parentId,
			to: r.t0854.id
		}),
		t0856s: r.many.t0856(),
	},
	t0856: {
		t0855: r.one.t0855({
			from: r.t0856.parentId,
			to: r.t0855.id
		}),
		t0857s: r.many.t0857(),
	},
	t0857: {
		t0856: r.one.t0856({
			from: r.t0857.parentId,
			to: r.t0856.id
		}),
		t0858s: r.many.t0858(),
	},
	t0858: {
		t0857: r.one.t0857({
			from: r.t0858.parentId,
			to: r.t0857.id
		}),
		t0859s: r.many.t0859(),
	},
	t0859: {
		t0858: r.one.t0858({
			from: r.t0859.parentId,
			to: r.t0858.id
		}),
		t0860s: r.many.t0860(),
	},
	t0860: {
		t0859: r.one.t0859({
			from: r.t0860.parentId,
			to: r.t0859.id
		}),
		t0861s: r.many.t0861(),
	},
	t0861: {
		t0860: r.one.t0860({
			from: r.t0861.parentId,
			to: r.t0860.id
		}),
		t0862s: r.many.t0862(),
	},
	t0862: {
		t0861: r.one.t0861({
			from: r.t0862.parentId,
			to: r.t0861.id
		}),
		t0863s: r.many.t0863(),
	},
	t0863: {
		t0862: r.one.t0862({
			from: r.t0863.parentId,
			to: r.t0862.id
		}),
		t0864s: r.many.t0864(),
	},
	t0864: {
		t0863: r.one.t0863({
			from: r.t0864.parentId,
			to: r.t0863.id
		}),
		t0865s: r.many.t0865(),
	},
	t0865: {
		t0864: r.one.t0864({
			from: r.t0865.parentId,
			to: r.t0864.id
		}),
		t0866s: r.many.t0866(),
	},
	t0866: {
		t0865: r.one.t0865({
			from: r.t0866.parentId,
			to: r.t0865.id
		}),
		t0867s: r.many.t0867(),
	},
	t0867: {
		t0866: r.one.t0866({
			from: r.t0867.parentId,
			to: r.t0866.id
		}),
		t0868s: r.many.t0868(),
	},
	t0868: {
		t0867: r.one.t0867({
			from: r.t0868.parentId,
			to: r.t0867.id
		}),
		t0869s: r.many.t0869(),
	},
	t0869: {
		t0868: r.one.t0868({
			from: r.t0869.parentId,
			to: r.t0868.id
		}),
		t0870s: r.many.t0870(),
	},
	t0870: {
		t0869: r.one.t0869({
			from: r.t0870.parentId,
			to: r.t0869.id
		}),
		t0871s: r.many.t0871(),
	},
	t0871: {
		t0870: r.one.t0870({
			from: r.t0871.parentId,
			to: r.t0870.id
		}),
		t0872s: r.many.t0872(),
	},
	t0872: {
		t0871: r.one.t0871({
			from: r.t0872.parentId,
			to: r.t0871.id
		}),
		t0873s: r.many.t0873(),
	},
	t0873: {
		t0872: r.one.t0872({
			from: r.t0873.parentId,
			to: r.t0872.id
		}),
		t0874s: r.many.t0874(),
	},
	t0874: {
		t0873: r.one.t0873({
			from: r.t0874.parentId,
			to: r.t0873.id
		}),
		t0875s: r.many.t0875(),
	},
	t0875: {
		t0874: r.one.t0874({
			from: r.t0875.parentId,
			to: r.t0874.id
		}),
		t0876s: r.many.t0876(),
	},
	t0876: {
		t0875: r.one.t0875({
			from: r.t0876.parentId,
			to: r.t0875.id
		}),
		t0877s: r.many.t0877(),
	},
	t0877: {
		t0876: r.one.t0876({
			from: r.t0877.parentId,
			to: r.t0876.id
		}),
		t0878s: r.many.t0878(),
	},
	t0878: {
		t0877: r.one.t0877({
			from: r.t0878.parentId,
			to: r.t0877.id
		}),
		t0879s: r.many.t0879(),
	},
	t0879: {
		t0878: r.one.t0878({
			from: r.t0879.parentId,
			to: r.t0878.id
		}),
		t0880s: r.many.t0880(),
	},
	t0880: {
		t0879: r.one.t0879({
			from: r.t0880.parentId,
			to: r.t0879.id
		}),
		t0881s: r.many.t0881(),
	},
	t0881: {
		t0880: r.one.t0880({
			from: r.t0881.parentId,
			to: r.t0880.id
		}),
		t0882s: r.many.t0882(),
	},
	t0882: {
		t0881: r.one.t0881({
			from: r.t0882.parentId,
			to: r.t0881.id
		}),
		t0883s: r.many.t0883(),
	},
	t0883: {
		t0882: r.one.t0882({
			from: r.t0883.parentId,
			to: r.t0882.id
		}),
		t0884s: r.many.t0884(),
	},
	t0884: {
		t0883: r.one.t0883({
			from: r.t0884.parentId,
			to: r.t0883.id
		}),
		t0885s: r.many.t0885(),
	},
	t0885: {
		t0884: r.one.t0884({
			from: r.t0885.parentId,
			to: r.t0884.id
		}),
		t0886s: r.many.t0886(),
	},
	t0886: {
		t0885: r.one.t0885({
			from: r.t0886.parentId,
			to: r.t0885.id
		}),
		t0887s: r.many.t0887(),
	},
	t0887: {
		t0886: r.one.t0886({
			from: r.t0887.parentId,
			to: r.t0886.id
		}),
		t0888s: r.many.t0888(),
	},
	t0888: {
		t0887: r.one.t0887({
			from: r.t0888.parentId,
			to: r.t0887.id
		}),
		t0889s: r.many.t0889(),
	},
	t0889: {
		t0888: r.one.t0888({
			from: r.t0889.parentId,
			to: r.t0888.id
		}),
		t0890s: r.many.t0890(),
	},
	t0890: {
		t0889: r.one.t0889({
			from: r.t0890.parentId,
			to: r.t0889.id
		}),
		t0891s: r.many.t0891(),
	},
	t0891: {
		t0890: r.one.t0890({
			from: r.t0891.parentId,
			to: r.t0890.id
		}),
		t0892s: r.many.t0892(),
	},
	t0892: {
		t0891: r.one.t0891({
			from: r.t0892.parentId,
			to: r.t0891.id
		}),
		t0893s: r.many.t0893(),
	},
	t0893: {
		t0892: r.one.t0892({
			from: r.t0893.parentId,
			to: r.t0892.id
		}),
		t0894s: r.many.t0894(),
	},
	t0894: {
		t0893: r.one.t0893({
			from: r.t0894.parentId,
			to: r.t0893.id
		}),
		t0895s: r.many.t0895(),
	},
	t0895: {
		t0894: r.one.t0894({
			from: r.t0895.parentId,
			to: r.t0894.id
		}),
		t0896s: r.many.t0896(),
	},
	t0896: {
		t0895: r.one.t0895({
			from: r.t0896.parentId,
			to: r.t0895.id
		}),
		t0897s: r.many.t0897(),
	},
	t0897: {
		t0896: r.one.t0896({
			from: r.t0897.parentId,
			to: r.t0896.id
		}),
		t0898s: r.many.t0898(),
	},
	t0898: {
		t0897: r.one.t0897({
			from: r.t0898.parentId,
			to: r.t0897.id
		}),
		t0899s: r.many.t0899(),
	},
	t0899: {
		t0898: r.one.t0898({
			from: r.t0899.parentId,
			to: r.t0898.id
		}),
		t0900s: r.many.t0900(),
	},
	t0900: {
		t0899: r.one.t0899({
			from: r.t0900.parentId,
			to: r.t0899.id
		}),
		t0901s: r.many.t0901(),
	},
	t0901: {
		t0900: r.one.t0900({
			from: r.t0901.parentId,
			to: r.t0900.id
		}),
		t0902s: r.many.t0902(),
	},
	t0902: {
		t0901: r.one.t0901({
			from: r.t0902.parentId,
			to: r.t0901.id
		}),
		t0903s: r.many.t0903(),
	},
	t0903: {
		t0902: r.one.t0902({
			from: r.t0903.parentId,
			to: r.t0902.id
		}),
		t0904s: r.many.t0904(),
	},
	t0904: {
		t0903: r.one.t0903({
			from: r.t0904.parentId,
			to: r.t0903.id
		}),
		t0905s: r.many.t0905(),
	},
	t0905: {
		t0904: r.one.t0904({
			from: r.t0905.parentId,
			to: r.t0904.id
		}),
		t0906s: r.many.t0906(),
	},
	t0906: {
		t0905: r.one.t0905({
			from: r.t0906.parentId,
			to: r.t0905.id
		}),
		t0907s: r.many.t0907(),
	},
	t0907: {
		t0906: r.one.t0906({
			from: r.t0907.parentId,
			to: r.t0906.id
		}),
		t0908s: r.many.t0908(),
	},
	t0908: {
		t0907: r.one.t0907({
			from: r.t0908.parentId,
			to: r.t0907.id
		}),
		t0909s: r.many.t0909(),
	},
	t0909: {
		t0908: r.one.t0908({
			from: r.t0909.parentId,
			to: r.t0908.id
		}),
		t0910s: r.many.t0910(),
	},
	t0910: {
		t0909: r.one.t0909({
			from: r.t0910.parentId,
			to: r.t0909.id
		}),
		t0911s: r.many.t0911(),
	},
	t0911: {
		t0910: r.one.t0910({
			from: r.t0911.parentId,
			to: r.t0910.id
		}),
		t0912s: r.many.t0912(),
	},
	t0912: {
		t0911: r.one.t0911({
			from: r.t0912.parentId,
			to: r.t0911.id
		}),
		t0913s: r.many.t0913(),
	},
	t0913: {
		t0912: r.one.t0912({
			from: r.t0913.parentId,
			to: r.t0912.id
		}),
		t0914s: r.many.t0914(),
	},
	t0914: {
		t0913: r.one.t0913({
			from: r.t0914.parentId,
			to: r.t0913.id
		}),
		t0915s: r.many.t0915(),
	},
	t0915: {
		t0914: r.one.t0914({
			from: r.t0915.parentId,
			to: r.t0914.id
		}),
		t0916s: r.many.t0916(),
	},
	t0916: {
		t0915: r.one.t0915({
			from: r.t0916.parentId,
			to: r.t0915.id
		}),
		t0917s: r.many.t0917(),
	},
	t0917: {
		t0916: r.one.t0916({
			from: r.t0917.parentId,
			to: r.t0916.id
		}),
		t0918s: r.many.t0918(),
	},
	t0918: {
		t0917: r.one.t0917({
			from: r.t0918.parentId,
			to: r.t0917.id
		}),
		t0919s: r.many.t0919(),
	},
	t0919: {
		t0918: r.one.t0918({
			from: r.t0919.parentId,
			to: r.t0918.id
		}),
		t0920s: r.many.t0920(),
	},
	t0920: {
		t0919: r.one.t0919({
			from: r.t0920.parentId,
			to: r.t0919.id
		}),
		t0921s: r.many.t0921(),
	},
	t0921: {
		t0920: r.one.t0920({
			from: r.t0921.parentId,
			to: r.t0920.id
		}),
		t0922s: r.many.t0922(),
	},
	t0922: {
		t0921: r.one.t0921({
			from: r.t0922.parentId,
			to: r.t0921.id
		}),
		t0923s: r.many.t0923(),
	},
	t0923: {
		t0922: r.one.t0922({
			from: r.t0923.parentId,
			to: r.t0922.id
		}),
		t0924s: r.many.t0924(),
	},
	t0924: {
		t0923: r.one.t0923({
			from: r.t0924.parentId,
			to: r.t0923.id
		}),
		t0925s: r.many.t0925(),
	},
	t0925: {
		t0924: r.one.t0924({
			from: r.t0925.parentId,
			to: r.t0924.id
		}),
		t0926s: r.many.t0926(),
	},
	t0926: {
		t0925: r.one.t0925({
			from: r.t0926.parentId,
			to: r.t0925.id
		}),
		t0927s: r.many.t0927(),
	},
	t0927: {
		t0926: r.one.t0926({
			from: r.t0927.parentId,
			to: r.t0926.id
		}),
		t0928s: r.many.t0928(),
	},
	t0928: {
		t0927: r.one.t0927({
			from: r.t0928.parentId,
			to: r.t0927.id
		}),
		t0929s: r.many.t0929(),
	},
	t0929: {
		t0928: r.one.t0928({
			from: r.t0929.parentId,
			to: r.t0928.id
		}),
		t0930s: r.many.t0930(),
	},
	t0930: {
		t0929: r.one.t0929({
			from: r.t0930.parentId,
			to: r.t0929.id
		}),
		t0931s: r.many.t0931(),
	},
	t0931: {
		t0930: r.one.t0930({
			from: r.t0931.parentId,
			to: r.t0930.id
		}),
		t0932s: r.many.t0932(),
	},
	t0932: {
		t0931: r.one.t0931({
			from: r.t0932.parentId,
			to: r.t0931.id
		}),
		t0933s: r.many.t0933(),
	},
	t0933: {
		t0932: r.one.t0932({
			from: r.t0933.parentId,
			to: r.t0932.id
		}),
		t0934s: r.many.t0934(),
	},
	t0934: {
		t0933: r.one.t0933({
			from: r.t0934.parentId,
			to: r.t0933.id
		}),
		t0935s: r.many.t0935(),
	},
	t0935: {
		t0934: r.one.t0934({
			from: r.t0935.parentId,
			to: r.t0934.id
		}),
		t0936s: r.many.t0936(),
	},
	t0936: {
		t0935: r.one.t0935({
			from: r.t0936.parentId,
			to: r.t0935.id
		}),
		t0937s: r.many.t0937(),
	},
	t0937: {
		t0936: r.one.t0936({
			from: r.t0937.parentId,
			to: r.t0936.id
		}),
		t0938s: r.many.t0938(),
	},
	t0938: {
		t0937: r.one.t0937({
			from: r.t0938.parentId,
			to: r.t0937.id
		}),
		t0939s: r.many.t0939(),
	},
	t0939: {
		t0938: r.one.t0938({
			from: r.t0939.parentId,
			to: r.t0938.id
		}),
		t0940s: r.many.t0940(),
	},
	t0940: {
		t0939: r.one.t0939({
			from: r.t0940.parentId,
			to: r.t0939.id
		}),
		t0941s: r.many.t0941(),
	},
	t0941: {
		t0940: r.one.t0940({
			from: r.t0941.parentId,
			to: r.t0940.id
		}),
		t0942s: r.many.t0942(),
	},
	t0942: {
		t0941: r.one.t0941({
			from: r.t0942.parentId,
			to: r.t0941.id
		}),
		t0943s: r.many.t0943(),
	},
	t0943: {
		t0942: r.one.t0942({
			from: r.t0943.parentId,
			to: r.t0942.id
		}),
		t0944s: r.many.t0944(),
	},
	t0944: {
		t0943: r.one.t0943({
			from: r.t0944.parentId,
			to: r.t0943.id
		}),
		t0945s: r.many.t0945(),
	},
	t0945: {
		t0944: r.one.t0944({
			from: r.t0945.parentId,
			to: r.t0944.id
		}),
		t0946s: r.many.t0946(),
	},
	t0946: {
		t0945: r.one.t0945({
			from: r.t0946.parentId,
			to: r.t0945.id
		}),
		t0947s: r.many.t0947(),
	},
	t0947: {
		t0946: r.one.t0946({
			from: r.t0947.parentId,
			to: r.t0946.id
		}),
		t0948s: r.many.t0948(),
	},
	t0948: {
		t0947: r.one.t0947({
			from: r.t0948.parentId,
			to: r.t0947.id
		}),
		t0949s: r.many.t0949(),
	},
	t0949: {
		t0948: r.one.t0948({
			from: r.t0949.parentId,
			to: r.t0948.id
		}),
		t0950s: r.many.t0950(),
	},
	t0950: {
		t0949: r.one.t0949({
			from: r.t0950.parentId,
			to: r.t0949.id
		}),
		t0951s: r.many.t0951(),
	},
	t0951: {
		t0950: r.one.t0950({
			from: r.t0951.parentId,
			to: r.t0950.id
		}),
		t0952s: r.many.t0952(),
	},
	t0952: {
		t0951: r.one.t0951({
			from: r.t0952.parentId,
			to: r.t0951.id
		}),
		t0953s: r.many.t0953(),
	},
	t0953: {
		t0952: r.one.t0952({
			from: r.t0953.parentId,
			to: r.t0952.id
		}),
		t0954s: r.many.t0954(),
	},
	t0954: {
		t0953: r.one.t0953({
			from: r.t0954.parentId,
			to: r.t0953.id
		}),
		t0955s: r.many.t0955(),
	},
	t0955: {
		t0954: r.one.t0954({
			from: r.t0955.parentId,
			to: r.t0954.id
		}),
		t0956s: r.many.t0956(),
	},
	t0956: {
		t0955: r.one.t0955({
			from: r.t0956.parentId,
			to: r.t0955.id
		}),
		t0957s: r.many.t0957(),
	},
	t0957: {
		t0956: r.one.t0956({
			from: r.t0957.parentId,
			to: r.t0956.id
		}),
		t0958s: r.many.t0958(),
	},
	t0958: {
		t0957: r.one.t0957({
			from: r.t0958.parentId,
			to: r.t0957.id
		}),
		t0959s: r.many.t0959(),
	},
	t0959: {
		t0958: r.one.t0958({
			from: r.t0959.parentId,
			to: r.t0958.id
		}),
		t0960s: r.many.t0960(),
	},
	t0960: {
		t0959: r.one.t0959({
			from: r.t0960.parentId,
			to: r.t0959.id
		}),
		t0961s: r.many.t0961(),
	},
	t0961: {
		t0960: r.one.t0960({
			from: r.t0961.parentId,
			to: r.t0960.id
		}),
		t0962s: r.many.t0962(),
	},
	t0962: {
		t0961: r.one.t0961({
			from: r.t0962.parentId,
			to: r.t0961.id
		}),
		t0963s: r.many.t0963(),
	},
	t0963: {
		t0962: r.one.t0962({
			from: r.t0963.parentId,
			to: r.t0962.id
		}),
		t0964s: r.many.t0964(),
	},
	t0964: {
		t0963: r.one.t0963({
			from: r.t0964.parentId,
			to: r.t0963.id
		}),
		t0965s: r.many.t0965(),
	},
	t0965: {
		t0964: r.one.t0964({
			from: r.t0965.parentId,
			to: r.t0964.id
		}),
		t0966s: r.many.t0966(),
	},
	t0966: {
		t0965: r.one.t0965({
			from: r.t0966.parentId,
			to: r.t0965.id
		}),
		t0967s: r.many.t0967(),
	},
	t0967: {
		t0966: r.one.t0966({
			from: r.t0967.parentId,
			to: r.t0966.id
		}),
		t0968s: r.many.t0968(),
	},
	t0968: {
		t0967: r.one.t0967({
			from: r.t0968.parentId,
			to: r.t0967.id
		}),
		t0969s: r.many.t0969(),
	},
	t0969: {
		t0968: r.one.t0968({
			from: r.t0969.parentId,
			to: r.t0968.id
		}),
		t0970s: r.many.t0970(),
	},
	t0970: {
		t0969: r.one.t0969({
			from: r.t0970.parentId,
			to: r.t0969.id
		}),
		t0971s: r.many.t0971(),
	},
	t0971: {
		t0970: r.one.t0970({
			from: r.t0971.parentId,
			to: r.t0970.id
		}),
		t0972s: r.many.t0972(),
	},
	t0972: {
		t0971: r.one.t0971({
			from: r.t0972.parentId,
			to: r.t0971.id
		}),
		t0973s: r.many.t0973(),
	},
	t0973: {
		t0972: r.one.t0972({
			from: r.t0973.parentId,
			to: r.t0972.id
		}),
		t0974s: r.many.t0974(),
	},
	t0974: {
		t0973: r.one.t0973({
			from: r.t0974.parentId,
			to: r.t0973.id
		}),
		t0975s: r.many.t0975(),
	},
	t0975: {
		t0974: r.one.t0974({
			from: r.t0975.parentId,
			to: r.t0974.id
		}),
		t0976s: r.many.t0976(),
	},
	t0976: {
		t0975: r.one.t0975({
			from: r.t0976.parentId,
			to: r.t0975.id
		}),
		t0977s: r.many.t0977(),
	},
	t0977: {
		t0976: r.one.t0976({
			from: r.t0977.parentId,
			to: r.t0976.id
		}),
		t0978s: r.many.t0978(),
	},
	t0978: {
		t0977: r.one.t0977({
			from: r.t0978.parentId,
			to: r.t0977.id
		}),
		t0979s: r.many.t0979(),
	},
	t0979: {
		t0978: r.one.t0978({
			from: r.t0979.parentId,
			to: r.t0978.id
		}),
		t0980s: r.many.t0980(),
	},
	t0980: {
		t0979: r.one.t0979({
			from: r.t0980.parentId,
			to: r.t0979.id
		}),
		t0981s: r.many.t0981(),
	},
	t0981: {
		t0980: r.one.t0980({
			from: r.t0981.parentId,
			to: r.t0980.id
		}),
		t0982s: r.many.t0982(),
	},
	t0982: {
		t0981: r.one.t0981({
			from: r.t0982.parentId,
			to: r.t0981.id
		}),
		t0983s: r.many.t0983(),
	},
	t0983: {
		t0982: r.one.t0982({
			from: r.t0983.parentId,
			to: r.t0982.id
		}),
		t0984s: r.many.t0984(),
	},
	t0984: {
		t0983: r.one.t0983({
			from: r.t0984.parentId,
			to: r.t0983.id
		}),
		t0985s: r.many.t0985(),
	},
	t0985: {
		t0984: r.one.t0984({
			from: r.t0985.parentId,
			to: r.t0984.id
		}),
		t0986s: r.many.t0986(),
	},
	t0986: {
		t0985: r.one.t0985({
			from: r.t0986.parentId,
			to: r.t0985.id
		}),
		t0987s: r.many.t0987(),
	},
	t0987: {
		t0986: r.one.t0986({
			from: r.t0987.parentId,
			to: r.t0986.id
		}),
		t0988s: r.many.t0988(),
	},
	t0988: {
		t0987: r.one.t0987({
			from: r.t0988.parentId,
			to: r.t0987.id
		}),
		t0989s: r.many.t0989(),
	},
	t0989: {
		t0988: r.one.t0988({
			from: r.t0989.parentId,
			to: r.t0988.id
		}),
		t0990s: r.many.t0990(),
	},
	t0990: {
		t0989: r.one.t0989({
			from: r.t0990.parentId,
			to: r.t0989.id
		}),
		t0991s: r.many.t0991(),
	},
	t0991: {
		t0990: r.one.t0990({
			from: r.t0991.parentId,
			to: r.t0990.id
		}),
		t0992s: r.many.t0992(),
	},
	t0992: {
		t0991: r.one.t0991({
			from: r.t0992.parentId,
			to: r.t0991.id
		}),
		t0993s: r.many.t0993(),
	},
	t0993: {
		t0992: r.one.t0992({
			from: r.t0993.parentId,
			to: r.t0992.id
		}),
		t0994s: r.many.t0994(),
	},
	t0994: {
		t0993: r.one.t0993({
			from: r.t0994.parentId,
			to: r.t0993.id
		}),
		t0995s: r.many.t0995(),
	},
	t0995: {
		t0994: r.one.t0994({
			from: r.t0995.parentId,
			to: r.t0994.id
		}),
		t0996s: r.many.t0996(),
	},
	t0996: {
		t0995: r.one.t0995({
			from: r.t0996.parentId,
			to: r.t0995.id
		}),
		t0997s: r.many.t0997(),
	},
	t0997: {
		t0996: r.one.t0996({
			from: r.t0997.parentId,
			to: r.t0996.id
		}),
		t0998s: r.many.t0998(),
	},
	t0998: {
		t0997: r.one.t0997({
			from: r.t0998.parentId,
			to: r.t0997.id
		}),
		t0999s: r.many.t0999(),
	},
	t0999: {
		t0998: r.one.t0998({
			from: r.t0999.parentId,
			to: r.t0998.id
		}),
		t1000s: r.many.t1000(),
	},
	t1000: {
		t0999: r.one.t0999({
			from: r.t1000.parentId,
			to: r.t0999.id
		}),
	},
}))