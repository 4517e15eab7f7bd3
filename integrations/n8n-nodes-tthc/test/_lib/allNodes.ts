import type { INodeType } from 'n8n-workflow';
import { TthcAlerts } from '../../src/nodes/TthcAlerts/TthcAlerts.node';
import { TthcImport } from '../../src/nodes/TthcImport/TthcImport.node';
import { TthcIndex } from '../../src/nodes/TthcIndex/TthcIndex.node';
import { TthcMetrics } from '../../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcRender } from '../../src/nodes/TthcRender/TthcRender.node';
import { TthcSend } from '../../src/nodes/TthcSend/TthcSend.node';
import { TthcSign } from '../../src/nodes/TthcSign/TthcSign.node';
import { TthcValidate } from '../../src/nodes/TthcValidate/TthcValidate.node';

/** Every node the package declares, in the order of package.json's "n8n". */
export const allNodes: INodeType[] = [new TthcImport(), new TthcValidate(), new TthcMetrics(), new TthcRender(), new TthcSign(), new TthcSend(), new TthcAlerts(), new TthcIndex()];
