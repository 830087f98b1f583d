import { Global, Module } from '@nestjs/common';
import { NodeRegistry } from './node';

@Global()
@Module({ providers: [NodeRegistry], exports: [NodeRegistry] })
export class CoreModule {}
