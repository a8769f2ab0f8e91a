// The AWS services offered by the "AWS service" trusted entity tile, with the service principal
// each one assumes a role as. Facts from AWS's documentation of service principals.

export interface AwsServiceOption {
  /** The name shown in the list, as the IAM console names the use case. */
  label: string;
  /** The service principal written into the trust policy. */
  principal: string;
  description: string;
}

export const AWS_SERVICES: readonly AwsServiceOption[] = [
  {
    label: 'EC2',
    principal: 'ec2.amazonaws.com',
    description: 'Allows EC2 instances to call AWS services on your behalf.',
  },
  {
    label: 'Lambda',
    principal: 'lambda.amazonaws.com',
    description: 'Allows Lambda functions to call AWS services on your behalf.',
  },
  {
    label: 'Elastic Container Service Task',
    principal: 'ecs-tasks.amazonaws.com',
    description: 'Allows ECS tasks to call AWS services on your behalf.',
  },
  {
    label: 'Elastic Container Service',
    principal: 'ecs.amazonaws.com',
    description: 'Allows ECS to manage your cluster.',
  },
  {
    label: 'EKS',
    principal: 'eks.amazonaws.com',
    description: 'Allows the Kubernetes control plane to manage resources on your behalf.',
  },
  {
    label: 'API Gateway',
    principal: 'apigateway.amazonaws.com',
    description: 'Allows API Gateway to push logs to CloudWatch Logs.',
  },
  {
    label: 'CloudFormation',
    principal: 'cloudformation.amazonaws.com',
    description: 'Allows CloudFormation to create and manage stacks on your behalf.',
  },
  {
    label: 'CodeBuild',
    principal: 'codebuild.amazonaws.com',
    description: 'Allows CodeBuild to call AWS services on your behalf.',
  },
  {
    label: 'CodePipeline',
    principal: 'codepipeline.amazonaws.com',
    description: 'Allows CodePipeline to call AWS services on your behalf.',
  },
  {
    label: 'Step Functions',
    principal: 'states.amazonaws.com',
    description: 'Allows state machines to call AWS services on your behalf.',
  },
  {
    label: 'EventBridge',
    principal: 'events.amazonaws.com',
    description: 'Allows EventBridge rules to invoke targets on your behalf.',
  },
  {
    label: 'EventBridge Scheduler',
    principal: 'scheduler.amazonaws.com',
    description: 'Allows schedules to invoke targets on your behalf.',
  },
  {
    label: 'Glue',
    principal: 'glue.amazonaws.com',
    description: 'Allows Glue to call AWS services on your behalf.',
  },
  {
    label: 'SageMaker',
    principal: 'sagemaker.amazonaws.com',
    description: 'Allows SageMaker notebooks, training and endpoints to call AWS services.',
  },
  {
    label: 'Batch',
    principal: 'batch.amazonaws.com',
    description: 'Allows Batch to manage compute environments on your behalf.',
  },
  {
    label: 'Elastic Beanstalk',
    principal: 'elasticbeanstalk.amazonaws.com',
    description: 'Allows Elastic Beanstalk to manage environments on your behalf.',
  },
  {
    label: 'Kinesis Data Firehose',
    principal: 'firehose.amazonaws.com',
    description: 'Allows Firehose to deliver data on your behalf.',
  },
  {
    label: 'Backup',
    principal: 'backup.amazonaws.com',
    description: 'Allows AWS Backup to create and restore backups on your behalf.',
  },
  {
    label: 'RDS',
    principal: 'rds.amazonaws.com',
    description: 'Allows RDS to call AWS services on your behalf.',
  },
  {
    label: 'Redshift',
    principal: 'redshift.amazonaws.com',
    description: 'Allows Redshift clusters to call AWS services on your behalf.',
  },
  {
    label: 'S3',
    principal: 's3.amazonaws.com',
    description: 'Allows S3 to replicate objects and run batch operations on your behalf.',
  },
  {
    label: 'Systems Manager',
    principal: 'ssm.amazonaws.com',
    description: 'Allows Systems Manager to call AWS services on your behalf.',
  },
  {
    label: 'Transfer Family',
    principal: 'transfer.amazonaws.com',
    description: 'Allows Transfer Family servers to access your storage.',
  },
];
