/**
 * The daily AWS Backup of what prod must be able to restore beyond PITR and versioning: the main
 * table and the evidence-document bucket, at 02:00 Asia/Shanghai, kept `retention`, in a vault of
 * their own (its fixed name retained on update or delete, so a failed first create leaves nothing
 * behind). An alarm (`BackupJobsFailedAlarm`, README runbook) when a backup job of the vault fails.
 */
import { Duration, RemovalPolicy, Validations, type Stack } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { MathExpression, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { addAlarm } from './alarm.js';

export interface DailyBackupProps {
  /** The stage's name prefix (the vault is `<prefix>-backups`). */
  prefix: string;
  retention: Duration;
  table: ITable;
  bucket: IBucket;
  alarmTopic: ITopic;
}

/** AWS Backup's own service-role policies: DynamoDB backups and restores, and S3's. */
const BACKUP_POLICIES = [
  'AWSBackupServiceRolePolicyForBackup',
  'AWSBackupServiceRolePolicyForRestores',
  'AWSBackupServiceRolePolicyForS3Backup',
  'AWSBackupServiceRolePolicyForS3Restore',
];

export function addDailyBackup(stack: Stack, props: DailyBackupProps): BackupPlan {
  const vaultName = `${props.prefix}-backups`;
  const vault = new BackupVault(stack, 'BackupVault', {
    backupVaultName: vaultName,
    removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
  });
  const plan = new BackupPlan(stack, 'TableBackupPlan', {
    backupVault: vault,
    // 02:00 Asia/Shanghai, outside office hours.
    backupPlanRules: [
      new BackupPlanRule({
        ruleName: 'Daily',
        scheduleExpression: Schedule.cron({ minute: '0', hour: '18' }),
        deleteAfter: props.retention,
      }),
    ],
  });
  const role = new Role(stack, 'BackupRole', {
    assumedBy: new ServicePrincipal('backup.amazonaws.com'),
    managedPolicies: BACKUP_POLICIES.map((name) => ManagedPolicy.fromAwsManagedPolicyName(`service-role/${name}`)),
  });
  for (const name of BACKUP_POLICIES) {
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/${name}]`,
      reason:
        "AWS Backup's own service-role policy for backing up and restoring DynamoDB tables and S3 buckets, as AWS recommends for a backup selection role; assumed only by backup.amazonaws.com.",
    });
  }
  plan.addSelection('Table', {
    role,
    resources: [BackupResource.fromDynamoDbTable(props.table), BackupResource.fromArn(props.bucket.bucketArn)],
  });
  const failed = (resourceType: string) =>
    new Metric({
      namespace: 'AWS/Backup',
      metricName: 'NumberOfBackupJobsFailed',
      dimensionsMap: { ResourceType: resourceType, BackupVaultName: vaultName },
      statistic: 'Sum',
      period: Duration.hours(1),
    });
  addAlarm(stack, 'BackupJobsFailedAlarm', props.alarmTopic, {
    description: `A backup job of ${vaultName} failed: that day has no recovery point for the table or the document bucket (README runbook).`,
    metric: new MathExpression({
      expression: 'FILL(table, 0) + FILL(documents, 0)',
      usingMetrics: { table: failed('DynamoDB'), documents: failed('S3') },
      period: Duration.hours(1),
      label: 'failed backup jobs',
    }),
  });
  return plan;
}
